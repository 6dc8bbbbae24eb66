using System.Collections.Concurrent;
using System.Text;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// robots.txt per origin (scheme, host, port), fetched once and kept for a while. As RFC 9309 says: a robots.txt
/// that does not exist (4xx) allows everything; one the site fails to serve (5xx) disallows everything until it
/// can be read; more than the allowed redirects count as no robots.txt. Concurrent checks of one origin share one fetch.
/// </summary>
public sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, string productToken, TimeSpan duration, TimeProvider? timeProvider = null)
{
    /// <summary>A robots.txt that could not be fetched is tried again after this (or <c>duration</c>, if shorter).</summary>
    public static readonly TimeSpan RetryUnreachableAfter = TimeSpan.FromMinutes(1);

    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> entries = new(StringComparer.Ordinal);

    public async Task<RobotsVerdict> CheckAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        var entry = await GetAsync(origin, cancellationToken).ConfigureAwait(false);
        if (entry.Unreachable is { } unreachable)
        {
            return new RobotsVerdict(RobotsDecision.Unreachable, $"{origin}/robots.txt could not be fetched: {unreachable}");
        }

        if (entry.Rules.IsAllowed(url.PathAndQuery))
        {
            return RobotsVerdict.Allowed;
        }

        return new RobotsVerdict(RobotsDecision.Disallowed, entry.Why ?? $"{origin}/robots.txt disallows {url.AbsolutePath} ({entry.Rules.Explain(url.PathAndQuery)})");
    }

    private async Task<Entry> GetAsync(string origin, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lazy = entries.GetOrAdd(origin, key => new Lazy<Task<Entry>>(() => LoadAsync(key)));

            // The shared fetch runs with its own timeout, not the first caller's token; a caller may stop waiting.
            var entry = await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (entry.Expires > time.GetUtcNow())
            {
                return entry;
            }

            entries.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(origin, lazy));
        }
    }

    private async Task<Entry> LoadAsync(string origin)
    {
        var now = time.GetUtcNow();
        var result = await fetch(new Uri(origin + "/robots.txt"), CancellationToken.None).ConfigureAwait(false);
        var retry = now + (duration < RetryUnreachableAfter ? duration : RetryUnreachableAfter);
        if (result.IsFetched)
        {
            return new Entry(RobotsTxt.Parse(Encoding.UTF8.GetString(result.Content.Span), productToken), null, null, now + duration);
        }

        // 429 is the site asking us to slow down, so it counts with the server errors (as Google counts it).
        return result.HttpStatus switch
        {
            429 or >= 500 => new Entry(RobotsTxt.DisallowAll, $"{origin}/robots.txt answered HTTP {result.HttpStatus}, so the whole site counts as disallowed for now", null, retry),
            >= 300 and < 500 => new Entry(RobotsTxt.AllowAll, null, null, now + duration),
            _ => new Entry(RobotsTxt.DisallowAll, null, result.Reason ?? "unknown error", retry),
        };
    }

    /// <param name="Why">Why everything is disallowed, when that is not a rule of the file.</param>
    /// <param name="Unreachable">Why robots.txt could not be fetched at all.</param>
    private sealed record Entry(RobotsTxt Rules, string? Why, string? Unreachable, DateTimeOffset Expires);
}
