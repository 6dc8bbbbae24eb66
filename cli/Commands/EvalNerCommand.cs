using System.CommandLine;
using System.Globalization;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-ner FILE.tsv</c>: person P/R/F1 on a CoNLL NER file (NERGrit or NERP), a secondary figure.</summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter output)
    {
        var file = Options.ExistingFile("FILE", "a CoNLL file, e.g. ../shared/data/ner/nergrit/test.tsv");
        var command = new Command("eval-ner", "person P/R/F1 on a CoNLL NER file (NERGrit, NERP)") { file };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file).FullName, output));
        return command;
    }

    private static int Run(string file, TextWriter output)
    {
        var score = NerEvaluation.Run(file, ExtractionPipeline.CreateDefault(Gazetteer.Default));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"persons: P {score.Precision:0.000}  R {score.Recall:0.000}  F1 {score.F1:0.000}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})"));
        return 0;
    }
}
