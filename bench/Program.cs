using System.Runtime.InteropServices;
using NetralitasSearch.Bench;
using NetralitasSearch.Bench.EndToEnd;

// ./netralitas bench [--docs N] [--quick] [--no-e2e | --e2e-only] [--no-replication | --replication-only]: figures one
// per line as "name: value unit".
var quick = args.Contains("--quick");
var replicationOnly = args.Contains("--replication-only");
var library = !args.Contains("--e2e-only") && !replicationOnly;
var e2e = !args.Contains("--no-e2e") && !replicationOnly;
var replication = !args.Contains("--no-replication") && !args.Contains("--no-e2e") && !quick;
int? docs = null;
var docsAt = Array.IndexOf(args, "--docs");
if (docsAt >= 0 && docsAt + 1 < args.Length && int.TryParse(args[docsAt + 1], out var n) && n > 0)
{
    docs = n;
}

// Ctrl-C and SIGTERM end the run through its finally blocks, so the servers it started stop and its files go.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

var root = RepositoryRoot.Find();
var (articles, queries, description) = Corpus.Load(root, docs);
Figures.Note($"corpus: {description}: {articles.Count} articles, {queries.Count} queries; machine: {Machine.Describe()}");
var work = Directory.CreateTempSubdirectory("netralitas-bench-").FullName;
try
{
    if (library)
    {
        ParseBench.Run(root, stop.Token);
        var (oneX, documents) = LibraryBench.Ingest(articles, "1x", work, stop.Token);
        LibraryBench.Stages(articles, "1x", stop.Token);
        LibraryBench.IndexOnly(documents, 1, "1x", work, stop.Token);
        LibraryBench.Search(oneX, queries, "1x", stop.Token);
        LibraryBench.Plain(articles, queries, 1, "1x", work, stop.Token);
        if (!quick)
        {
            // Ten copies with distinct ids, indexed from the documents extracted once: extraction is measured at 1×.
            var tenX = LibraryBench.IndexOnly(documents, 10, "10x", work, stop.Token);
            documents.Clear();
            LibraryBench.Search(tenX, queries, "10x", stop.Token);
            LibraryBench.Plain(articles, queries, 10, "10x", work, stop.Token);
        }
    }

    if (e2e)
    {
        await EndToEndBench.RunAsync(root, articles, work, stop.Token);
    }

    if (replication || replicationOnly)
    {
        await ReplicationBench.RunAsync(root, articles, work, stop.Token);
    }
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: stopped; every server it started has been stopped");
    Environment.ExitCode = 130;
}
finally
{
    Directory.Delete(work, recursive: true);
}
