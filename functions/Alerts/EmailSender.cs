using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Mails one matched document to an alert's address over SMTP (MailKit), a plain-text message whose Message-Id is made
/// of the alert and the document, so a receiver can drop a repeat, as the webhook's Idempotency-Key allows. A message
/// the server accepted is a delivery; a refusal or a broken connection is a failure with the server's words.
/// </summary>
public sealed class EmailSender(SmtpOptions options, AlertOptions alerts)
{
    /// <param name="site">The site's address for the document link; empty leaves the link out.</param>
    public static MimeMessage Message(SavedSearch search, Document document, string from, string site)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        site = site.TrimEnd('/');
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Dokumen baru cocok dengan peringatan \"{search.Name}\" / A new document matches the alert \"{search.Name}\":\n\n")
            .Append(CultureInfo.InvariantCulture, $"{document.Title}\n")
            .Append(CultureInfo.InvariantCulture, $"{document.Source} · {(document.Published ?? document.EventDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}\n");
        if (document.Url is { Length: > 0 } url)
        {
            text.Append(CultureInfo.InvariantCulture, $"{url}\n");
        }

        if (site.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{site}/document.html?id={document.Id}\n");
        }

        text.Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Kabupaten/kota: {string.Join("; ", document.Regencies)}\n")
            .Append(CultureInfo.InvariantCulture, $"Tokoh: {string.Join("; ", document.Persons.Select(p => p.Position is null ? p.Name : $"{p.Name} ({p.Position})"))}\n")
            .Append(CultureInfo.InvariantCulture, $"Pelanggaran: {string.Join("; ", document.Violations)}\n\n")
            .Append("Ubah atau hapus peringatan ini dengan tautan pengelolaan yang diberikan saat dibuat. / Change or delete this alert with the management link given when it was made.\n");

        var message = new MimeMessage
        {
            Subject = $"{search.Name}: {document.Title}",
            MessageId = $"{search.Id}.{document.Id}@netralitas.alerts",
            Body = new TextPart("plain") { Text = text.ToString() },
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(search.Email ?? throw new ArgumentException("The alert has no e-mail address.", nameof(search))));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    /// <summary>The SMTP status of a refusal (null when none came back) and, for a failure, why in plain words.</summary>
    public async Task<(bool Delivered, int? Status, string? Reason)> SendAsync(SavedSearch search, Document document, CancellationToken cancellationToken = default)
    {
        if (!options.Enabled || options.Host is not { } host)
        {
            return (false, null, "e-mail delivery is not configured (Smtp:Host)");
        }

        // The configured address wins over the one the alert was made at, which came from that request's Host header.
        using var message = Message(search, document, options.From, string.IsNullOrWhiteSpace(alerts.PublicUrl) ? search.SiteUrl ?? "" : alerts.PublicUrl);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Timeout);
        try
        {
            await client.ConnectAsync(host, options.Port, options.Security, limit.Token).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", limit.Token).ConfigureAwait(false);
            }

            await client.SendAsync(message, limit.Token).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, limit.Token).ConfigureAwait(false);
            return (true, null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, null, string.Create(CultureInfo.InvariantCulture, $"timed out after {options.Timeout.TotalSeconds:0.#} s"));
        }
        catch (SmtpCommandException exception)
        {
            return (false, (int)exception.StatusCode, $"SMTP {(int)exception.StatusCode}: {exception.Message}");
        }
        catch (Exception exception) when (exception is SmtpProtocolException or MailKit.Security.AuthenticationException or SocketException or IOException or ServiceNotConnectedException)
        {
            return (false, null, exception.Message);
        }
    }
}
