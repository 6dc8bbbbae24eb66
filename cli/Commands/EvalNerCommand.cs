using System.CommandLine;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-ner FILE.tsv [--errors]</c>: the name tagger's exact-span P/R/F1 per class and the pipeline's person names on a
/// CoNLL NER file (NERGrit or NERP).</summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter output)
    {
        var file = Options.ExistingFile("FILE", "a CoNLL file, e.g. ../shared/data/ner/nergrit/test.tsv");
        var errors = Options.Flag("--errors", "also list the tagger's mistakes (train and valid splits only: a test split is only measured)");
        var command = new Command("eval-ner", "the name tagger's P/R/F1 per class and the pipeline's persons on a CoNLL NER file (NERGrit, NERP)") { file, errors };
        command.Validators.Add(result =>
        {
            // Test splits are measured, never studied: the errors are shown for train and valid files only.
            if (result.GetValue(errors) && result.GetValue(file) is { } chosen && chosen.Name.Contains("test", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("--errors is for train and valid splits; a test split is only measured.");
            }
        });
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file).FullName, parsed.GetValue(errors), output));
        return command;
    }

    private static int Run(string file, bool errors, TextWriter output)
    {
        var report = NerEvaluation.Run(file, NameTagger.CreateDefault(Gazetteer.Default), ExtractionPipeline.CreateDefault(Gazetteer.Default));
        output.WriteLine(report.Format(errors));
        return 0;
    }
}
