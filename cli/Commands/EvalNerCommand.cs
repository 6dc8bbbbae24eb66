using System.Globalization;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-ner FILE.tsv</c>: person P/R/F1 on a CoNLL NER file (NERGrit or NERP), a secondary figure.</summary>
internal static class EvalNerCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: [], switches: []);
        if (options.Positional.Count != 1 || !File.Exists(options.Positional[0]))
        {
            throw new OptionException("give one CoNLL file, e.g. ../shared/data/ner/nergrit/test.tsv.");
        }

        var score = NerEvaluation.Run(options.Positional[0], ExtractionPipeline.CreateDefault(Gazetteer.Default));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"persons: P {score.Precision:0.000}  R {score.Recall:0.000}  F1 {score.F1:0.000}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})"));
        return 0;
    }
}
