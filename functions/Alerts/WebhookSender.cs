using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using NetralitasSearch.Functions.Scraping;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Posts one matched document to a saved search's webhook: JSON <c>{"alert": {...}, "document": {...}}</c>, with an
/// <c>Idempotency-Key</c> of the alert and document so a receiver can drop a repeat it cannot tell apart otherwise.
/// Connections go through the <see cref="AddressGuard"/> after DNS resolution, redirects are not followed (a webhook
/// that moves must be saved again), no proxy is used. Any 2xx answer is a delivery.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient client;

    public WebhookSender(AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var guard = new AddressGuard(options.AllowPrivateAddresses, "Alerts:AllowPrivateAddresses");
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,

            // Through a proxy the connect callback would see the proxy's address, not the receiver's.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => GuardedConnector.ConnectAsync(guard, context, cancellationToken),
        };
        client = new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("NetralitasSearch-Alerts/1.0");
    }

    public static object Body(SavedSearch search, Document document)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(document);
        return new
        {
            alert = new { id = search.Id, name = search.Name, query = search.Query, filters = search.Filters },
            document = new
            {
                id = document.Id,
                title = document.Title,
                url = document.Url,
                published = document.Published,
                source = document.Source,
                regencies = document.Regencies,
                persons = document.Persons.Select(p => new { name = p.Name, position = p.Position }),
                violations = document.Violations,
            },
        };
    }

    /// <summary>The HTTP status (null when none came back) and, for a failure, why in plain words.</summary>
    public async Task<(bool Delivered, int? Status, string? Reason)> PostAsync(SavedSearch search, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(Body(search, document), DocumentJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, search.Webhook ?? throw new ArgumentException("The alert has no webhook.", nameof(search))) { Content = content };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", $"{search.Id}:{document.Id}");
        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? (true, status, null)
                : (false, status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, null, string.Create(CultureInfo.InvariantCulture, $"timed out after {client.Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException exception) when (Blocked(exception) is { } blocked)
        {
            return (false, null, $"refused: {blocked.Message}");
        }
        catch (HttpRequestException exception)
        {
            return (false, null, exception.InnerException?.Message ?? exception.Message);
        }
    }

    public void Dispose() => client.Dispose();

    private static BlockedAddressException? Blocked(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
