using System.CommandLine;
using System.Runtime.InteropServices;
using NetralitasSearch.Bench;
using NetralitasSearch.Bench.EndToEnd;

// ./netralitas bench [--docs N] [--quick] [--no-e2e | --e2e-only] [--no-replication | --replication-only]: figures one
// per line as "name: value unit". The options are checked before anything runs: --help prints them, a mistyped one is
// an error (exit 2), never a full run of the benchmark.
var docsOption = new Option<int?>("--docs")
{
    Description = "CLICK-ID articles to use (default: all of the development three quarters; 10x repeats them)",
    HelpName = "N",
};
docsOption.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int?>() is <= 0)
    {
        result.AddError("--docs must be a whole number from 1 up.");
    }
});
var quickOption = new Option<bool>("--quick") { Description = "1x only, fewer queries, no replication part" };
var noE2eOption = new Option<bool>("--no-e2e") { Description = "leave out the end-to-end and replication parts" };
var e2eOnlyOption = new Option<bool>("--e2e-only") { Description = "only the end-to-end part (and replication unless --quick or --no-replication)" };
var noReplicationOption = new Option<bool>("--no-replication") { Description = "leave out the one-writer, two-readers part" };
var replicationOnlyOption = new Option<bool>("--replication-only") { Description = "only the one-writer, two-readers part" };
var searchOnlyOption = new Option<bool>("--search-only")
{
    Description = "only what 10x search needs (ingest at 1x, the 10x index), then 10x search with each extra left out in turn (facets, snippets, collapsing) to see where its time goes",
};
var ingestOnlyOption = new Option<bool>("--ingest-only")
{
    Description = "only the library ingest at 1x (a fresh pass, a warm and a steady pass in the same process, the stages on one thread) and the CLI's index over the same articles in a process of its own",
};
var ingestPassesOption = new Option<bool>(ServerIngestBench.Option)
{
    Description = "only the three library ingest passes at 1x, with the suffix 'server' (the bench runs them so in a process with the server collector)",
    Hidden = true,
};
var command = new RootCommand("""
    The benchmark: parsing pages/s (HTML, PDF, OCR); library ingest, index and search at 1x and 10x with plain Lucene.Net
    beside it; end to end through Azurite and the host (2,000 pages, freshness); one writer and two readers.
    """)
{
    docsOption, quickOption, noE2eOption, e2eOnlyOption, noReplicationOption, replicationOnlyOption, searchOnlyOption,
    ingestOnlyOption, ingestPassesOption,
};
command.SetAction(_ => 0);
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var problem in parsed.Errors)
    {
        Console.Error.WriteLine($"netralitas bench: {problem.Message}");
    }

    Console.Error.WriteLine("See: netralitas bench --help");
    return 2;
}

if (parsed.Action != command.Action)
{
    // --help, --version or a directive: their own answer, and no run.
    return await parsed.InvokeAsync();
}

var quick = parsed.GetValue(quickOption);
var replicationOnly = parsed.GetValue(replicationOnlyOption);
var searchOnly = parsed.GetValue(searchOnlyOption);
var ingestOnly = parsed.GetValue(ingestOnlyOption);
var ingestPasses = parsed.GetValue(ingestPassesOption);
var library = !parsed.GetValue(e2eOnlyOption) && !replicationOnly && !searchOnly && !ingestOnly && !ingestPasses;
var e2e = !parsed.GetValue(noE2eOption) && !replicationOnly && !searchOnly && !ingestOnly && !ingestPasses;
var replication = !parsed.GetValue(noReplicationOption) && !parsed.GetValue(noE2eOption) && !quick && !searchOnly && !ingestOnly && !ingestPasses;
var docs = parsed.GetValue(docsOption);

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
if (!ingestPasses)
{
    HostReference.Run("start");
}

try
{
    if (library)
    {
        ParseBench.Run(root, stop.Token);
        var (oneX, documents) = LibraryBench.Ingest(articles, "1x", work, stop.Token);

        // Again in the same process: a running host's rate, its code compiled and tiered. The first pass pays the JIT
        // (about 12,000 methods, profiled at a third of that pass's CPU); the second still recompiles some hot methods
        // (about 900), so a third pass is the steady rate (.NET needs more than one warm-up pass to be timed).
        LibraryBench.Ingest(articles, "1x_warm", work, stop.Token);
        LibraryBench.Ingest(articles, "1x_steady", work, stop.Token);
        ServerIngestBench.Run(docs, stop.Token);
        LibraryBench.Stages(articles, "1x", stop.Token);
        CliIndexBench.Run(root, articles, work, stop.Token);
        LibraryBench.IndexOnly(documents, 1, "1x", work, stop.Token);
        LibraryBench.Search(oneX, queries, "1x", stop.Token);
        LibraryBench.Plain(articles, queries, 1, "1x", work, stop.Token);
        if (!quick)
        {
            // Ten copies with distinct ids, indexed from the documents extracted once: extraction is measured at 1×.
            var tenX = LibraryBench.IndexOnly(documents, 10, "10x", work, stop.Token);
            documents.Clear();
            LibraryBench.Search(tenX, queries, "10x", stop.Token, "search_before_merge");
            LibraryBench.Compact(tenX, "10x");
            LibraryBench.Search(tenX, queries, "10x", stop.Token);
            LibraryBench.Plain(articles, queries, 10, "10x", work, stop.Token);
        }
    }

    if (ingestOnly)
    {
        LibraryBench.Ingest(articles, "1x", work, stop.Token);
        LibraryBench.Ingest(articles, "1x_warm", work, stop.Token);
        LibraryBench.Ingest(articles, "1x_steady", work, stop.Token);
        ServerIngestBench.Run(docs, stop.Token);
        LibraryBench.Stages(articles, "1x", stop.Token);
        CliIndexBench.Run(root, articles, work, stop.Token);
    }

    if (ingestPasses)
    {
        Figures.Note($"ingest passes: the {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector, {Environment.ProcessorCount} cores");
        LibraryBench.Ingest(articles, "1x_server", work, stop.Token);
        LibraryBench.Ingest(articles, "1x_server_warm", work, stop.Token);
        LibraryBench.Ingest(articles, "1x_server_steady", work, stop.Token);
    }

    if (searchOnly)
    {
        var (_, documents) = LibraryBench.Ingest(articles, "1x", work, stop.Token);
        var tenX = LibraryBench.IndexOnly(documents, 10, "10x", work, stop.Token);
        documents.Clear();
        LibraryBench.Search(tenX, queries, "10x", stop.Token, "search_before_merge");
        LibraryBench.Compact(tenX, "10x");
        LibraryBench.Search(tenX, queries, "10x", stop.Token);
        LibraryBench.SearchBreakdown(tenX, queries, "10x", stop.Token);
    }

    if (e2e)
    {
        await EndToEndBench.RunAsync(root, articles, work, stop.Token);
    }

    if (replication || replicationOnly)
    {
        await ReplicationBench.RunAsync(root, articles, work, stop.Token);
    }

    if (!ingestPasses)
    {
        HostReference.Run("end");
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

return Environment.ExitCode;
