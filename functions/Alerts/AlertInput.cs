using System.Text.Json;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// The checks every new or changed alert passes, with or without the admin key: a name, a query or a filter that read
/// as <c>/api/search</c> reads them (the same 400 messages), and exactly one way out: a public http(s) webhook, or an
/// e-mail address when SMTP is configured. The answer carries how many documents the search already matches.
/// </summary>
public sealed class AlertInput(IndexService index, AlertOptions options, SmtpOptions smtp)
{
    public const int MaxNameLength = 200;

    private readonly AddressGuard guard = new(options.AllowPrivateAddresses, "Alerts:AllowPrivateAddresses");

    public static async Task<(SavedSearchInput? Input, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var input = await JsonSerializer.DeserializeAsync<SavedSearchInput>(request.Body, DocumentJson.Options, cancellationToken).ConfigureAwait(false);
            return input is null ? (null, "The body is not the JSON of a saved search.") : (input, null);
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not the JSON of a saved search: {exception.Message}");
        }
    }

    /// <summary>The body read and checked (<see cref="Check"/>).</summary>
    public async Task<(SavedSearch? Search, int Matching, string? Error)> ReadCheckedAsync(HttpRequest request, string id, DateTimeOffset createdAt, CancellationToken cancellationToken = default)
    {
        var (input, error) = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return input is null ? (null, 0, error) : Check(input, id, createdAt);
    }

    /// <summary>The saved search (with <paramref name="id"/>) and how many documents it matches now, or why it cannot be saved.</summary>
    public (SavedSearch? Search, int Matching, string? Error) Check(SavedSearchInput input, string id, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > MaxNameLength)
        {
            return (null, 0, $"'name' is required (at most {MaxNameLength} characters).");
        }

        var filters = (input.Filters ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim(), StringComparer.Ordinal);
        if (filters.Keys.FirstOrDefault(k => !SavedSearch.FilterNames.Contains(k)) is { } unknown)
        {
            return (null, 0, $"Unknown filter '{unknown}'. Filters are: {string.Join(", ", SavedSearch.FilterNames)}.");
        }

        if (string.IsNullOrWhiteSpace(input.Query) && filters.Count == 0)
        {
            return (null, 0, "Give a 'query' or at least one filter: an alert on every document is not a search.");
        }

        var webhook = string.IsNullOrWhiteSpace(input.Webhook) ? null : input.Webhook.Trim();
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if ((webhook is null) == (email is null))
        {
            return (null, 0, "Give either a 'webhook' or an 'email' (one of them): where the alert is delivered. Its Atom feed is there either way.");
        }

        if (webhook is not null && WebhookAddress.Problem(webhook, guard) is { } webhookProblem)
        {
            return (null, 0, webhookProblem);
        }

        if (email is not null && (EmailAddress.Problem(email) ?? (smtp.Enabled ? null : "E-mail alerts are not available here: no SMTP server is configured (Smtp:Host). Use a webhook or the Atom feed.")) is { } emailProblem)
        {
            return (null, 0, emailProblem);
        }

        var search = new SavedSearch
        {
            Id = id,
            Name = input.Name.Trim(),
            Query = string.IsNullOrWhiteSpace(input.Query) ? null : input.Query.Trim(),
            Filters = filters,
            Webhook = webhook,
            Email = email,
            CreatedAt = createdAt,
        };
        var (request, error) = search.ToRequest();
        if (request is null)
        {
            return (null, 0, error);
        }

        var outcome = index.Searcher.Search(request with { Size = 1, Facets = false, Snippets = false });
        return outcome.IsSuccess ? (search, outcome.Response.Total, null) : (null, 0, outcome.Error.Message);
    }

    /// <summary>The site's address for links: <see cref="AlertOptions.PublicUrl"/>, else the one the request came to.</summary>
    public string SiteUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(options.PublicUrl) ? $"{request.Scheme}://{request.Host}" : options.PublicUrl.TrimEnd('/');
    }
}
