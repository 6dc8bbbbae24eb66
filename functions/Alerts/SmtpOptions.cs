using MailKit.Security;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// How alert e-mails leave: the <c>Smtp:*</c> settings (environment <c>Smtp__Host=smtp.example.org</c>). Without a
/// <see cref="Host"/>, e-mail alerts cannot be made (creating one answers 400 saying so).
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>Auto</c> (TLS on port 465, STARTTLS when the server offers it), <c>StartTls</c> (required), <c>SslOnConnect</c>,
    /// or <c>None</c> (plain text: a relay on the same machine or network only).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, as <c>NetralitasSearch &lt;alerts@example.org&gt;</c>.</summary>
    public string From { get; set; } = "NetralitasSearch <alerts@localhost>";

    /// <summary>One message, connect to the end of the transaction.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static SmtpOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<SmtpOptions>() ?? new SmtpOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1, "Smtp:Port");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, "Smtp:Port");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, "Smtp:Timeout");
        if (!MimeKit.MailboxAddress.TryParse(options.From, out _))
        {
            throw new ArgumentException($"Smtp:From '{options.From}' is not an address such as NetralitasSearch <alerts@example.org>.", nameof(configuration));
        }

        return options;
    }
}
