using NetralitasSearch.Bench;

// ./netralitas bench [--docs N] [--quick] [--no-e2e]: figures one per line as "name: value unit".
var quick = args.Contains("--quick");
var e2e = !args.Contains("--no-e2e");
int? docs = null;
var docsAt = Array.IndexOf(args, "--docs");
if (docsAt >= 0 && docsAt + 1 < args.Length && int.TryParse(args[docsAt + 1], out var n) && n > 0)
{
    docs = n;
}

var root = RepositoryRoot.Find();
var (articles, queries, description) = Corpus.Load(root, docs);
Figures.Note($"corpus: {description}: {articles.Count} articles, {queries.Count} queries; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");
var work = Directory.CreateTempSubdirectory("netralitas-bench-").FullName;
try
{
    var oneX = LibraryBench.Ingest(articles, 1, "1x", work);
    LibraryBench.Search(oneX, queries, "1x");
    LibraryBench.Raw(articles, queries, 1, "1x", work, reportIngest: true);
    if (!quick)
    {
        var tenX = LibraryBench.Ingest(articles, 10, "10x", work);
        LibraryBench.Search(tenX, queries, "10x");
        LibraryBench.Raw(articles, queries, 10, "10x", work, reportIngest: false);
    }

    if (e2e)
    {
        await EndToEndBench.RunAsync(root, articles, work);
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}
