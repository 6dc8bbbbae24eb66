using System.CommandLine;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-extract LABELS.jsonl [--diff]</c>: precision, recall and F1 per entity type over a labelled set.</summary>
internal static class EvalExtractCommand
{
    public static Command Create(TextWriter output)
    {
        var labels = Options.ExistingFile("LABELS", "a labels.jsonl beside its articles/ folder (e.g. tests/Fixtures/Extraction/labels.jsonl)");
        var diff = Options.Flag("--diff", "also list what was missed and what was extra, per article");
        var command = new Command("eval-extract", "extraction precision, recall and F1 per entity type over a labelled set") { labels, diff };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(labels).FullName, parsed.GetValue(diff), output));
        return command;
    }

    private static int Run(string labels, bool diff, TextWriter output)
    {
        var report = ExtractionEvaluation.Run(labels, DocumentPipeline.Create());
        output.WriteLine(report.Format(diff));
        return 0;
    }
}
