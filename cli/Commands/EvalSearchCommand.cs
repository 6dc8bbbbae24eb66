using System.CommandLine;
using NetralitasSearch.Indexer.Evaluation;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-search JUDGMENTS.jsonl [--queries]</c>: recall@10, MRR, nDCG@10 for our search and for plain Lucene.Net.</summary>
internal static class EvalSearchCommand
{
    public static Command Create(TextWriter output)
    {
        var judgments = Options.ExistingFile("JUDGMENTS", "a judgments.jsonl (e.g. tests/Fixtures/Search/judgments.jsonl)");
        var root = Options.Text("--root", "the folder the judged files' paths are relative to (default: the current folder)", "DIR");
        var queries = Options.Flag("--queries", "also print every query's figures");
        var command = new Command("eval-search", "recall@10, MRR and nDCG@10 of our search and of plain Lucene.Net over judged queries") { judgments, root, queries };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(judgments).FullName, parsed.GetValue(root), parsed.GetValue(queries), output));
        return command;
    }

    private static int Run(string judgments, string? root, bool queries, TextWriter output)
    {
        var work = Directory.CreateTempSubdirectory("netralitas-eval-search-");
        try
        {
            output.WriteLine(SearchEvaluation.Run(judgments, root ?? Directory.GetCurrentDirectory(), work.FullName, queries));
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return 0;
    }
}
