using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Fetches one URL politely and safely. Redirects are followed here, not by the handler, so each hop is counted
/// (at most <see cref="ScraperOptions.MaxRedirects"/>) and checked again: http or https only, robots.txt of its
/// origin, a literal address against the <see cref="AddressGuard"/>. Host names are checked after DNS resolution
/// in the connect callback, so a name that resolves to the operator's network (or re-resolves to it later, DNS
/// rebinding) is refused too. One request at a time per host (<see cref="HostGate"/>), a timeout per request, the
/// body read up to <see cref="ScraperOptions.MaxBytes"/>. Failures come back as results with their reason; only
/// cancellation by the caller throws.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private const string Accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private readonly ScraperOptions options;
    private readonly AddressGuard guard;
    private readonly HostGate gate;
    private readonly TimeProvider time;
    private readonly HttpClient client;

    public PageFetcher(ScraperOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        time = timeProvider ?? TimeProvider.System;
        guard = new AddressGuard(options.AllowPrivateAddresses);
        gate = new HostGate(options.PerHostDelay, time);
        client = new HttpClient(CreateHandler(guard, options), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        Robots = new RobotsCache((url, cancellationToken) => FetchAsync(url, RobotsTxt.MaxBytes, obeyRobots: false, truncate: true, cancellationToken), options.ProductToken, options.RobotsCacheDuration, time);
    }

    public RobotsCache Robots { get; }

    /// <summary>Fetches a page or a feed, obeying robots.txt, up to <see cref="ScraperOptions.MaxBytes"/>.</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(url, options.MaxBytes, obeyRobots: true, truncate: false, cancellationToken);

    public void Dispose() => client.Dispose();

    private async Task<FetchResult> FetchAsync(Uri url, long maxBytes, bool obeyRobots, bool truncate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            var result = new FetchResult { Outcome = FetchOutcome.Failed, RequestedUrl = url, FinalUrl = current, FetchedAt = time.GetUtcNow(), Redirects = redirects };
            if (!UrlNormalizer.TryNormalize(current, out var normal, out var invalid))
            {
                return result with { Reason = redirects == 0 ? invalid : $"redirected to a URL that cannot be fetched: {invalid}" };
            }

            current = normal;
            result = result with { FinalUrl = current };
            if (IPAddress.TryParse(current.IdnHost.Trim('[', ']'), out var literal) && guard.Check(literal) is { } refused)
            {
                return result with { Reason = $"refused: {refused}" };
            }

            if (obeyRobots)
            {
                var verdict = await Robots.CheckAsync(current, cancellationToken).ConfigureAwait(false);
                if (verdict.Decision == RobotsDecision.Disallowed)
                {
                    return result with { Outcome = FetchOutcome.SkippedRobots, Reason = verdict.Reason };
                }

                if (verdict.Decision == RobotsDecision.Unreachable)
                {
                    return result with { Reason = verdict.Reason };
                }
            }

            Hop hop;
            using (await gate.EnterAsync(current.IdnHost, cancellationToken).ConfigureAwait(false))
            {
                hop = await SendAsync(current, maxBytes, truncate, cancellationToken).ConfigureAwait(false);
            }

            result = result with { FetchedAt = hop.At, HttpStatus = hop.Status, ContentType = hop.ContentType };
            if (hop.Failure is not null)
            {
                return result with { Reason = hop.Failure };
            }

            if (hop.Location is not null)
            {
                if (redirects == options.MaxRedirects)
                {
                    return result with { Reason = $"more than {options.MaxRedirects} redirects (the last one to {hop.Location})" };
                }

                current = hop.Location;
                continue;
            }

            return result with { Outcome = FetchOutcome.Fetched, Content = hop.Body };
        }
    }

    /// <summary>One request, no redirect followed: the answer's status, headers and body, or why there is none.</summary>
    private async Task<Hop> SendAsync(Uri url, long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        request.Headers.TryAddWithoutValidation("Accept-Language", "id,en;q=0.5");
        var at = time.GetUtcNow();
        int? status = null;
        string? contentType = null;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            contentType = response.Content.Headers.TryGetValues("Content-Type", out var types) ? types.FirstOrDefault() : null;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                return response.Headers.Location is { } location && Uri.TryCreate(url, location, out var target)
                    ? new Hop(at, status, contentType, Location: target)
                    : new Hop(at, status, contentType, Failure: $"HTTP {status} redirect without a usable Location header");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new Hop(at, status, contentType, Failure: $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }

            if (!truncate && response.Content.Headers.ContentLength > maxBytes)
            {
                return new Hop(at, status, contentType, Failure: TooLarge(maxBytes));
            }

            var body = await ReadAsync(response.Content, maxBytes, truncate, timeout.Token).ConfigureAwait(false);
            return body is null
                ? new Hop(at, status, contentType, Failure: TooLarge(maxBytes))
                : new Hop(at, status, contentType, Body: body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Hop(at, status, contentType, Failure: $"timed out after {Seconds(options.Timeout)}");
        }
        catch (HttpRequestException exception) when (Find<BlockedAddressException>(exception) is { } blocked)
        {
            return new Hop(at, status, contentType, Failure: $"refused: {blocked.Message}");
        }
        catch (HttpRequestException exception)
        {
            return new Hop(at, status, contentType, Failure: Describe(exception, url));
        }
        catch (IOException exception)
        {
            return new Hop(at, status, contentType, Failure: $"the connection broke while reading the page ({exception.Message})");
        }
        catch (InvalidDataException)
        {
            // A gzip or brotli body that does not decompress: the site's fault, not a reason to retry the whole list.
            return new Hop(at, status, contentType, Failure: "the page's compressed body is corrupt");
        }
    }

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (unless truncating).</summary>
    private static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > maxBytes)
                {
                    if (!truncate)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, (int)(maxBytes - buffer.Length));
                    return buffer.ToArray();
                }

                buffer.Write(chunk, 0, read);
            }
        }
    }

    private static SocketsHttpHandler CreateHandler(AddressGuard guard, ScraperOptions options) => new()
    {
        AllowAutoRedirect = false,

        // Through a proxy the connect callback would see the proxy's address, not the site's: the guard needs the real one.
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.Timeout,

        // Connections are re-made (and their addresses checked again) every few minutes, so DNS changes are seen.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => GuardedConnector.ConnectAsync(guard, context, cancellationToken),
    };

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Describe(HttpRequestException exception, Uri url) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => $"the host name {url.Host} does not resolve",
        HttpRequestError.ConnectionError => $"could not connect to {url.Authority} ({exception.InnerException?.Message ?? exception.Message})",
        HttpRequestError.SecureConnectionError => $"the TLS handshake with {url.Authority} failed",
        HttpRequestError.ResponseEnded => "the server closed the connection before answering",
        HttpRequestError.InvalidResponse => "the server's answer is not valid HTTP",
        HttpRequestError.ConfigurationLimitExceeded => "the server's response headers are too large",
        _ => exception.Message,
    };

    private static string TooLarge(long maxBytes) =>
        $"the page is larger than the {maxBytes.ToString("N0", CultureInfo.InvariantCulture)}-byte limit (Scraper:MaxBytes)";

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    /// <summary>The answer to one request: a body, a redirect target, or a failure.</summary>
    private sealed record Hop(DateTimeOffset At, int? Status, string? ContentType, byte[]? Body = null, Uri? Location = null, string? Failure = null);
}
