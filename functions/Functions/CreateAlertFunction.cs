using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Functions;

/// <summary>
/// POST /api/alerts (admin key) <c>{"name","query","filters"?,"webhook"}</c>: saves a search whose newly indexed
/// matches are posted to the webhook. The search must read as <c>/api/search</c> reads it (the same 400 messages), and
/// the webhook must be a public http(s) address unless Alerts:AllowPrivateAddresses. 201 with the saved search.
/// </summary>
public sealed class CreateAlertFunction(AlertStore store, IndexService index, AlertOptions options, TimeProvider time)
{
    public const int MaxNameLength = 200;

    private readonly AddressGuard guard = new(options.AllowPrivateAddresses, "Alerts:AllowPrivateAddresses");

    public const string Name = "CreateAlert";

    [Function(Name)]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/alerts")] HttpRequest request, CancellationToken cancellationToken = default)
    {
        SavedSearchInput? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<SavedSearchInput>(request.Body, DocumentJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            return ErrorResults.BadRequest($"The body is not the JSON of a saved search: {exception.Message}");
        }

        if (input is null || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > MaxNameLength)
        {
            return ErrorResults.BadRequest($"'name' is required (at most {MaxNameLength} characters).");
        }

        var filters = (input.Filters ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim(), StringComparer.Ordinal);
        if (filters.Keys.FirstOrDefault(k => !SavedSearch.FilterNames.Contains(k)) is { } unknown)
        {
            return ErrorResults.BadRequest($"Unknown filter '{unknown}'. Filters are: {string.Join(", ", SavedSearch.FilterNames)}.");
        }

        if (string.IsNullOrWhiteSpace(input.Query) && filters.Count == 0)
        {
            return ErrorResults.BadRequest("Give a 'query' or at least one filter: an alert on every document is not a search.");
        }

        if (WebhookAddress.Problem(input.Webhook, guard) is { } problem)
        {
            return ErrorResults.BadRequest(problem);
        }

        var search = new SavedSearch
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Name = input.Name.Trim(),
            Query = string.IsNullOrWhiteSpace(input.Query) ? null : input.Query.Trim(),
            Filters = filters,
            Webhook = input.Webhook!.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var (searchRequest, error) = search.ToRequest();
        if (searchRequest is null)
        {
            return ErrorResults.BadRequest(error);
        }

        var outcome = index.Searcher.Search(searchRequest with { Size = 1, Facets = false, Snippets = false });
        if (!outcome.IsSuccess)
        {
            return ErrorResults.BadRequest(outcome.Error);
        }

        await store.SaveAsync(search, cancellationToken).ConfigureAwait(false);
        return Results.Json(search, DocumentJson.Options, statusCode: StatusCodes.Status201Created);
    }
}
