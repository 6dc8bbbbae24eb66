using System.Diagnostics;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// Freshness: pages uploaded one per 200 ms into an idle host, each timed from the start of its upload until it
/// first comes back from /api/search. Every page carries a common marker word, so one search every
/// <see cref="Poll"/> sees them all (well under the search rate limit); a page still missing after a while is
/// also asked for by its own marker, in case the same-story grouping hides it behind another.
/// </summary>
internal static class FreshnessProbe
{
    public const int Documents = 50;

    private const string CommonMarker = "zq7segarbench";

    private static readonly TimeSpan Trickle = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan AskAlone = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(FunctionsHost host, IBlobStore blobs, List<CorpusArticle> articles, CancellationToken cancellationToken = default, string prefix = "")
    {
        var names = articles.Select((article, i) => $"bench/{prefix}fresh/{i:D3}-{article.Id}.html").ToList();
        var ids = names.Select(name => DocumentId.ForBlob(EndToEndBench.Container, name)).ToList();
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        // Written by the uploading task, read by the polling loop: ticks, -1 until the upload starts.
        var started = Enumerable.Repeat(-1L, articles.Count).ToArray();
        var seen = new TimeSpan?[articles.Count];
        var clock = Stopwatch.StartNew();

        var uploads = Task.Run(async () =>
        {
            for (var i = 0; i < articles.Count; i++)
            {
                var due = Trickle * i;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken).ConfigureAwait(false);
                }

                Volatile.Write(ref started[i], clock.Elapsed.Ticks);
                var page = NewsPage.Html(articles[i], $"{CommonMarker} {Marker(i)}");
                await blobs.UploadAsync(EndToEndBench.Container, names[i], page, "text/html; charset=utf-8", cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

        var lastUpload = Trickle * articles.Count;
        while (seen.Any(s => s is null) && clock.Elapsed < lastUpload + GiveUp)
        {
            host.EnsureRunning();
            Mark(await host.SearchIdsAsync(CommonMarker, 100, cancellationToken).ConfigureAwait(false));
            var lingering = Enumerable.Range(0, articles.Count).FirstOrDefault(i => seen[i] is null && Volatile.Read(ref started[i]) is >= 0 and var s && clock.Elapsed.Ticks - s > AskAlone.Ticks, -1);
            if (lingering >= 0)
            {
                Mark(await host.SearchIdsAsync(Marker(lingering), 10, cancellationToken).ConfigureAwait(false));
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }

        await uploads.ConfigureAwait(false);
        var delays = Enumerable.Range(0, articles.Count).Where(i => seen[i] is not null).Select(i => (seen[i]!.Value - TimeSpan.FromTicks(started[i])).TotalSeconds).ToList();
        if (delays.Count < articles.Count)
        {
            Figures.Note($"freshness: {articles.Count - delays.Count} of {articles.Count} pages never appeared within {GiveUp.TotalSeconds:0} s");
        }

        Figures.Print($"{prefix}freshness_p50_s", Percentiles.Of(delays, 50), "s");
        Figures.Print($"{prefix}freshness_p95_s", Percentiles.Of(delays, 95), "s");
        Figures.Print($"{prefix}freshness_max_s", delays.Count == 0 ? double.NaN : delays.Max(), "s");

        void Mark(List<string> hits)
        {
            var now = clock.Elapsed;
            foreach (var id in hits)
            {
                if (position.TryGetValue(id, out var i) && seen[i] is null)
                {
                    seen[i] = now;
                }
            }
        }
    }

    private static string Marker(int i) => $"zq7segar{i:D4}";
}
