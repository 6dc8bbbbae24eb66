using MimeKit;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Whether an e-mail address may receive alerts: one plain address (no display name, no list, no route), at most
/// 254 characters, a local part and a domain with a dot in it, as MimeKit reads it.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>Null when the address may be saved; otherwise why not, in plain words.</summary>
    public static string? Problem(string? email)
    {
        var text = email?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || text.Count(c => c == '@') != 1
            || text.IndexOfAny(['<', '>', ',', ';', '(', ')', '"', ':']) >= 0)
        {
            return $"'email' must be one e-mail address (name@example.org), at most {MaxLength} characters.";
        }

        if (!MailboxAddress.TryParse(text, out var mailbox) || mailbox.Route.Count > 0 || !string.Equals(mailbox.Address, text, StringComparison.Ordinal))
        {
            return "'email' is not a valid e-mail address.";
        }

        var domain = mailbox.Domain;
        return mailbox.LocalPart.Length == 0 || domain.Length < 3 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.StartsWith('[')
            ? "'email' needs a domain name with a dot in it (name@example.org)."
            : null;
    }
}
