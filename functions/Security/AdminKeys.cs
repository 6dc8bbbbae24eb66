using System.Security.Cryptography;
using System.Text;

namespace NetralitasSearch.Functions.Security;

/// <summary>
/// The keys of the admin functions, as authLevel=function works in Azure Functions: from configuration
/// (<c>Admin:Keys</c>, comma-separated, or <c>Admin:Key</c>; environment <c>Admin__Key</c>), compared in constant time.
/// With no key configured, admin functions refuse every call.
/// </summary>
public sealed class AdminKeys
{
    private readonly List<byte[]> hashes;

    public AdminKeys(IEnumerable<string> keys)
    {
        hashes = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k.Trim()))).ToList();
    }

    public bool IsConfigured => hashes.Count > 0;

    public static AdminKeys From(IConfiguration configuration) => new(Configured(configuration));

    /// <summary>The configured keys themselves, for this class and for the log redactor that must never print them.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var keys = (configuration["Admin:Keys"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (configuration["Admin:Key"] is { Length: > 0 } key)
        {
            keys.Add(key.Trim());
        }

        return keys;
    }

    /// <summary>Whether <paramref name="presented"/> is one of the keys; the same time whatever it is (hashes compared).</summary>
    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var accepted = false;
        foreach (var known in hashes)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(hash, known);
        }

        return accepted;
    }
}
