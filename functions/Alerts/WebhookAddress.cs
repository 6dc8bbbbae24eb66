using System.Net;
using NetralitasSearch.Functions.Scraping;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Whether a webhook URL may be saved: absolute http or https, no credentials in it, and not a loopback, private or
/// otherwise internal address unless <see cref="AlertOptions.AllowPrivateAddresses"/>. Literal addresses and
/// <c>localhost</c> are judged here; a host name is judged again on every connection after DNS resolution
/// (<see cref="GuardedConnector"/>), so a name that points into the operator's network fails when it is posted to.
/// </summary>
public static class WebhookAddress
{
    public const int MaxLength = 2048;

    /// <summary>Null when the URL may be saved; otherwise why not, in plain words.</summary>
    public static string? Problem(string? webhook, AddressGuard guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        if (string.IsNullOrWhiteSpace(webhook) || webhook.Length > MaxLength)
        {
            return $"'webhook' must be an http or https URL of at most {MaxLength} characters.";
        }

        if (!Uri.TryCreate(webhook.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return "'webhook' must be an absolute http or https URL.";
        }

        if (url.UserInfo.Length > 0)
        {
            return "'webhook' must not carry a user name or password; put a secret in the path or query instead.";
        }

        var host = url.IdnHost.Trim('[', ']');
        var address = IPAddress.TryParse(host, out var literal) ? literal
            : host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : null;
        return address is not null && guard.Check(address) is { } refused ? $"'webhook' is refused: {refused}." : null;
    }
}
