using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-extract LABELS.jsonl [--diff]</c>: precision, recall and F1 per entity type over a labelled set.</summary>
internal static class EvalExtractCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: [], switches: ["diff"]);
        if (options.Positional.Count != 1 || !File.Exists(options.Positional[0]))
        {
            throw new OptionException("give one labels.jsonl (e.g. tests/Fixtures/Extraction/labels.jsonl).");
        }

        var report = ExtractionEvaluation.Run(options.Positional[0], DocumentPipeline.Create());
        output.WriteLine(report.Format(options.Flag("diff")));
        return 0;
    }
}
