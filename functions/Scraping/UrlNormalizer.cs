using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// One spelling per address, so the same article listed twice (or shared with a tracking tag) is one ledger
/// entry and one archive folder: lower-case scheme and host (IDN as punycode), no default port, no fragment,
/// an empty path as "/", and the click-tracking parameters of social media shares (utm_*, fbclid, gclid) dropped.
/// Everything else, query order included, is kept: a site may mean different pages by it.
/// </summary>
public static class UrlNormalizer
{
    /// <summary>Longer URLs are refused: they do not fit blob metadata and are not article addresses.</summary>
    public const int MaxLength = 2048;

    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid"];

    /// <summary>Reads a line of a URL list: an absolute http or https URL without credentials, or the reason it is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? reason)
    {
        url = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            reason = "empty";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            reason = $"longer than {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters";
            return false;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) || parsed.IsFile || parsed.IsUnc)
        {
            reason = "not an absolute URL";
            return false;
        }

        return TryNormalize(parsed, out url, out reason);
    }

    /// <summary>The normal form of an absolute URL (a redirect target, a feed item), or why it cannot be fetched.</summary>
    public static bool TryNormalize(Uri parsed, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        url = null;
        if (!parsed.IsAbsoluteUri)
        {
            reason = "not an absolute URL";
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            reason = $"only http and https are fetched, not {parsed.Scheme}:";
            return false;
        }

        if (parsed.UserInfo.Length > 0)
        {
            // Credentials would end up in the ledger and in blob metadata.
            reason = "URLs with a user name or password are not fetched";
            return false;
        }

        var host = parsed.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (host.Length == 0)
        {
            reason = "the URL has no host";
            return false;
        }

        var builder = new StringBuilder(parsed.OriginalString.Length + 16);
        builder.Append(parsed.Scheme).Append("://");
        builder.Append(parsed.HostNameType == UriHostNameType.IPv6 && !host.StartsWith('[') ? $"[{host}]" : host);
        if (!parsed.IsDefaultPort)
        {
            builder.Append(':').Append(parsed.Port.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(parsed.AbsolutePath.Length == 0 ? "/" : parsed.AbsolutePath);
        builder.Append(WithoutTracking(parsed.Query));
        var text = builder.ToString();
        if (text.Length > MaxLength)
        {
            reason = $"longer than {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters";
            return false;
        }

        url = new Uri(text, UriKind.Absolute);
        reason = null;
        return true;
    }

    /// <summary>The normal form as text: the ledger key and the source of the archive folder name.</summary>
    public static string Key(Uri url) => url.AbsoluteUri;

    private static string WithoutTracking(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = query[1..].Split('&').Where(part => part.Length > 0 && !IsTracking(part[..(part.IndexOf('=') is var at and >= 0 ? at : part.Length)]));
        var joined = string.Join('&', kept);
        return joined.Length == 0 ? "" : "?" + joined;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
}
