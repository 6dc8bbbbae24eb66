using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-ner FILE.tsv [--errors]</c>: the name tagger's exact-span P/R/F1 per class and the pipeline's person names on a
/// CoNLL NER file (NERGrit or NERP).</summary>
internal static class EvalNerCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: [], switches: ["errors"]);
        if (options.Positional.Count != 1 || !File.Exists(options.Positional[0]))
        {
            throw new OptionException("give one CoNLL file, e.g. ../shared/data/ner/nergrit/test.tsv.");
        }

        // Test splits are measured, never studied: the errors are shown for train and valid files only.
        var errors = options.Flag("errors");
        if (errors && Path.GetFileName(options.Positional[0]).Contains("test", StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionException("--errors is for train and valid splits; a test split is only measured.");
        }

        var report = NerEvaluation.Run(options.Positional[0], NameTagger.CreateDefault(Gazetteer.Default), ExtractionPipeline.CreateDefault(Gazetteer.Default));
        output.WriteLine(report.Format(errors));
        return 0;
    }
}
