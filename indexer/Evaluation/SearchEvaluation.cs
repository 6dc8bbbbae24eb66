using System.Globalization;
using System.Text;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// A judged query set (judgments.jsonl: id, query, filters, relevant files) run against our index as the search page
/// asks it (ten hits, partial matches after the exact ones) and, in the same run, against plain Lucene.Net over the same documents (<see cref="PlainLuceneIndex"/>: any word, BM25; no filters: it
/// has none).
/// </summary>
public static class SearchEvaluation
{
    public static string Run(string judgmentsPath, string root, string workFolder, bool perQuery)
    {
        var judgments = File.ReadLines(judgmentsPath).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var files = judgments.SelectMany(j => j.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!))
            .Select(f => Path.GetDirectoryName(f)!).Distinct()
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder)).Where(IsArticle).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var pipeline = DocumentPipeline.Create();
        var documents = files.AsParallel().AsOrdered()
            .Select(file => pipeline.Process(new SourceFile(file, File.ReadAllBytes(Path.Combine(root, file))), DocumentOrigin.ForFile(file)))
            .Where(r => r.IsSuccess).Select(r => r.Document!).ToList();

        var ours = new IndexOptions(Path.Combine(workFolder, "ours"));
        using (var writer = IndexWriter.Open(ours))
        {
            writer.Upsert(documents);
        }

        using var plain = new PlainLuceneIndex(Path.Combine(workFolder, "plain"));
        plain.Add(documents.Select(d => (d.File, d.Title, d.Text)));
        plain.Commit();

        using var searcher = new IndexSearcher(ours);
        var oursScores = new RankingScores();
        var plainScores = new RankingScores();
        var lines = new StringBuilder();
        foreach (var judgment in judgments)
        {
            var relevant = judgment.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
            var query = judgment.GetProperty("query").GetString() ?? "";
            var outcome = searcher.Search(Request(query, judgment));
            // What the first page shows: the exact hits, then the partial ones that fill it.
            var ranked = outcome.IsSuccess ? outcome.Response.Hits.Concat(outcome.Response.Partial).Select(h => h.File).ToList() : [];
            var (recall, reciprocal, ndcg) = oursScores.Add(ranked, relevant);
            var baseline = plain.Search(PlainLuceneIndex.Words(query), 10, all: false);
            var (plainRecall, plainReciprocal, _) = plainScores.Add(baseline, relevant);
            if (perQuery)
            {
                lines.AppendLine(CultureInfo.InvariantCulture,
                    $"{judgment.GetProperty("id").GetString()}  ours R {recall:0.00} RR {reciprocal:0.00} nDCG {ndcg:0.00}  plain R {plainRecall:0.00} RR {plainReciprocal:0.00}  {(outcome.IsSuccess ? "" : "ERROR " + outcome.Error + "  ")}{query}");
            }
        }

        lines.AppendLine(CultureInfo.InvariantCulture, $"documents: {documents.Count}, queries: {judgments.Count}");
        lines.AppendLine(CultureInfo.InvariantCulture, $"ours:      recall@10 {oursScores.RecallAt10:0.000}  MRR {oursScores.Mrr:0.000}  nDCG@10 {oursScores.NdcgAt10:0.000}");
        lines.Append(CultureInfo.InvariantCulture, $"plain Lucene: recall@10 {plainScores.RecallAt10:0.000}  MRR {plainScores.Mrr:0.000}  nDCG@10 {plainScores.NdcgAt10:0.000}");
        return lines.ToString();
    }

    private static SearchRequest Request(string query, JsonElement judgment)
    {
        string? Filter(string name) => judgment.TryGetProperty("filters", out var filters) && filters.TryGetProperty(name, out var value) ? value.GetString() : null;
        DateOnly? Date(string name) => Filter(name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return new SearchRequest
        {
            Query = query,
            Regency = Filter("regency"),
            Province = Filter("province"),
            Person = Filter("person"),
            From = Date("from"),
            To = Date("to"),
            Size = 10,
            Facets = false,
            PartialMatches = true,
        };
    }

    private static bool IsArticle(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".txt" or ".md" && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
