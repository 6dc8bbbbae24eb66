using System.Globalization;
using System.Text;
using NetralitasSearch.Indexer.Extraction;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// What extraction costs per article: CPU milliseconds of one thread over the development part of CLICK-ID (the held-out
/// quarter left out), after a warm-up pass, in total and per stage (tokenizing, then each stage of the pipeline); the
/// fastest of three passes. Also the bytes each stage allocates per article (the same in every pass; from the last).
/// Prints figures one per line as "name: value unit", as <c>./netralitas bench</c> does.
/// </summary>
public static class ExtractionCost
{
    private const int Passes = 3;

    public static string Run(string corpusPath, ExtractionPipeline pipeline, int limit)
    {
        var articles = ClickIdCorpus.ReadDevelopment(corpusPath).Take(limit).ToList();
        foreach (var article in articles.Take(Math.Min(500, articles.Count)))
        {
            pipeline.Extract(Context(article));
        }

        // Three passes, each timed on its own: the fastest is reported, per stage, so that a machine busy with other work
        // (which slows some passes, never speeds one up) disturbs the figure as little as possible.
        var stages = pipeline.Stages;
        var perStage = Enumerable.Repeat(double.MaxValue, stages.Count + 1).ToArray();
        var total = double.MaxValue;
        var words = 0L;
        var allocated = new long[stages.Count + 1];
        for (var pass = 0; pass < Passes; pass++)
        {
            var passStages = new double[stages.Count + 1];
            Array.Clear(allocated);
            words = 0;
            var started = ThreadCpuTime.Milliseconds();
            foreach (var article in articles)
            {
                var context = Context(article);
                var entities = new ExtractedEntities();
                var before = ThreadCpuTime.Milliseconds();
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                words += context.TextWords.Count + context.TitleWords.Count;
                var after = ThreadCpuTime.Milliseconds();
                var bytesAfter = GC.GetAllocatedBytesForCurrentThread();
                passStages[0] += after - before;
                allocated[0] += bytesAfter - bytesBefore;
                for (var s = 0; s < stages.Count; s++)
                {
                    (before, bytesBefore) = (after, bytesAfter);
                    stages[s].Extract(context, entities);
                    after = ThreadCpuTime.Milliseconds();
                    bytesAfter = GC.GetAllocatedBytesForCurrentThread();
                    passStages[s + 1] += after - before;
                    allocated[s + 1] += bytesAfter - bytesBefore;
                }
            }

            total = Math.Min(total, ThreadCpuTime.Milliseconds() - started);
            for (var s = 0; s < perStage.Length; s++)
            {
                perStage[s] = Math.Min(perStage[s], passStages[s]);
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"extract_articles: {articles.Count} articles");
        report.AppendLine(CultureInfo.InvariantCulture, $"extract_words_per_article: {words / (double)Math.Max(1, articles.Count):0} words");
        report.AppendLine(CultureInfo.InvariantCulture, $"extract_cpu_ms_per_article: {total / Math.Max(1, articles.Count):0.000} ms");
        report.AppendLine(CultureInfo.InvariantCulture, $"extract_cpu_ms_per_article_tokenize: {perStage[0] / Math.Max(1, articles.Count):0.000} ms");
        for (var s = 0; s < stages.Count; s++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"extract_cpu_ms_per_article_{Name(stages[s])}: {perStage[s + 1] / Math.Max(1, articles.Count):0.000} ms");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"extract_alloc_kb_per_article_tokenize: {allocated[0] / 1024.0 / Math.Max(1, articles.Count):0.0} KB");
        for (var s = 0; s < stages.Count; s++)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"extract_alloc_kb_per_article_{Name(stages[s])}: {allocated[s + 1] / 1024.0 / Math.Max(1, articles.Count):0.0} KB");
        }

        return report.ToString().TrimEnd();
    }

    private static ExtractionContext Context(ClickIdArticle article) =>
        new(article.Title, article.Text, DateOnly.TryParse(article.Date, CultureInfo.InvariantCulture, out var date) ? date : null);

    private static string Name(IEntityExtractor stage) =>
        stage.GetType().Name.Replace("Extractor", "", StringComparison.Ordinal).Replace("Tagger", "_tagger", StringComparison.Ordinal).ToLowerInvariant();
}
