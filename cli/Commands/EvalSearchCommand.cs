using NetralitasSearch.Indexer.Evaluation;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-search JUDGMENTS.jsonl [--queries]</c>: recall@10, MRR, nDCG@10 for our search and for plain Lucene.Net.</summary>
internal static class EvalSearchCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: ["root"], switches: ["queries"]);
        if (options.Positional.Count != 1 || !File.Exists(options.Positional[0]))
        {
            throw new OptionException("give one judgments.jsonl (e.g. tests/Fixtures/Search/judgments.jsonl).");
        }

        var work = Directory.CreateTempSubdirectory("netralitas-eval-search-");
        try
        {
            output.WriteLine(SearchEvaluation.Run(options.Positional[0], options.Value("root") ?? Directory.GetCurrentDirectory(), work.FullName, options.Flag("queries")));
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return 0;
    }
}
