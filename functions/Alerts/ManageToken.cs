using System.Security.Cryptography;
using System.Text;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// The secret of an alert made without the admin key: 256 random bits, base64url, given once to its maker inside the
/// management link; only its SHA-256 is stored, and a presented token is compared with it in constant time.
/// </summary>
public static class ManageToken
{
    /// <summary>The header that carries the token (the page keeps it in the link's fragment, which no server sees).</summary>
    public const string Header = "X-Alert-Token";

    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public static bool Matches(string? token, string? hash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 100 && !string.IsNullOrEmpty(hash)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
