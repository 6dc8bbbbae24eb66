using System.Text.RegularExpressions;

namespace NetralitasSearch.Functions.Security;

/// <summary>
/// Takes secrets out of log text, as the Functions host's sanitizer does: the admin keys and the storage account's
/// key or SAS by value (as written and URL-encoded), and by shape whatever looks like one (<c>code=</c>,
/// <c>sig=</c>, <c>AccountKey=</c>, <c>SharedAccessSignature=</c>, an <c>x-functions-key</c> header, a password in a
/// URL). ASP.NET Core's request log prints the query string, <c>code=</c> included, and exception texts may quote a
/// connection string; neither may put a key into a log.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Hidden = "[hidden]";

    /// <summary>Shorter values are not treated as secrets by value: they would blank out ordinary words.</summary>
    private const int MinSecretLength = 8;

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string> secrets)
    {
        this.secrets = secrets
            .SelectMany(secret => new[] { secret, Uri.EscapeDataString(secret) })
            .Where(secret => secret.Length >= MinSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(secret => secret.Length)
            .ToArray();
    }

    /// <summary>The admin keys and the secret parts of <c>AzureWebJobsStorage</c>.</summary>
    public static SecretRedactor From(IConfiguration configuration) =>
        new([.. AdminKeys.Configured(configuration), .. StorageSecrets(configuration["AzureWebJobsStorage"])]);

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Hidden, StringComparison.Ordinal);
        }

        text = ConnectionStringKey().Replace(text, match => match.Groups["name"].Value + Hidden);
        text = SecretParameter().Replace(text, match => match.Groups["name"].Value + Hidden);
        return UrlPassword().Replace(text, match => match.Groups["user"].Value + ":" + Hidden + "@");
    }

    private static IEnumerable<string> StorageSecrets(string? connectionString) =>
        string.IsNullOrEmpty(connectionString)
            ? []
            : ConnectionStringKey().Matches(connectionString).Select(match => match.Groups["value"].Value.Trim());

    /// <summary>Query parameters and the admin-key header that carry a key: the value up to its delimiter.</summary>
    [GeneratedRegex(@"(?<name>(?:[?&;\s]|^)(?:code|sig)\s*=\s*|\bx-functions-key\s*[:=]\s*)[^&;\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();

    /// <summary>Connection-string parts that are keys: the value runs to the next ';' (a SAS holds '&amp;').</summary>
    [GeneratedRegex(@"(?<name>\b(?:AccountKey|SharedAccessSignature)\s*=\s*)(?<value>[^;\s""']+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringKey();

    [GeneratedRegex(@"(?<user>\b[a-z][a-z0-9+.-]*://[^/\s:@]+):[^/\s@]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();
}
