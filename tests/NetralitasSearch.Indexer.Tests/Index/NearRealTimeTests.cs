using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Tests.Index;

/// <summary>
/// "Searchable when Upsert returns" with writers on several threads at once: each thread's own search right after its
/// upsert finds its document, also while another thread's search is reopening the reader (an alert once missed a new
/// document that way: the reopen in progress had cleared the flag the late thread looked at).
/// </summary>
public sealed class NearRealTimeTests : IDisposable
{
    private const int Threads = 4;
    private const int PerThread = 150;

    private readonly string folder = Directory.CreateTempSubdirectory("netralitas-nrt-").FullName;

    [Fact]
    public void EveryThreadFindsItsOwnDocumentRightAfterItsUpsert()
    {
        using var writer = IndexWriter.Open(new IndexOptions(folder));
        using var searcher = new IndexSearcher(writer);
        var missed = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                var marker = $"qznrt{t}x{i}";
                writer.Upsert(new Document { Id = marker, File = marker + ".txt", Format = DocumentFormat.Text, Title = "Camat hadir", Text = $"Kode {marker} dalam berita." });
                var outcome = searcher.Search(new SearchRequest { Query = marker, Facets = false, Snippets = false });
                if (!outcome.IsSuccess || outcome.Response.Total != 1)
                {
                    missed.Add(marker);
                }
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());

        Assert.Empty(missed);
        Assert.Equal(Threads * PerThread, searcher.Count());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
