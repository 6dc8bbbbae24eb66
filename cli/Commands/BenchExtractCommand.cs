using System.CommandLine;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>bench-extract [--corpus FILE] [--docs N]</c>: CPU milliseconds of extraction per article over the development
/// part of CLICK-ID (held-out articles left out), in total and per stage.</summary>
internal static class BenchExtractCommand
{
    public static Command Create(TextWriter output)
    {
        var corpus = Options.Text("--corpus", "the CLICK-ID articles (default: ../shared/data/news-corpus/clickid-articles.jsonl)", "FILE");
        var docs = Options.Int("--docs", "articles measured at most", int.MaxValue, 1, int.MaxValue);
        var command = new Command("bench-extract", "extraction CPU ms per article, per stage, over CLICK-ID (held-out quarter left out)") { corpus, docs };
        command.SetAction(parsed => Run(parsed.GetValue(corpus), parsed.GetValue(docs), output));
        return command;
    }

    private static int Run(string? corpus, int docs, TextWriter output)
    {
        corpus ??= RepositoryLayout.SharedData() is { } shared ? ClickIdCorpus.PathUnder(shared) : null;
        if (corpus is null || !File.Exists(corpus))
        {
            throw new OptionException("../shared/data/news-corpus/clickid-articles.jsonl is absent: give --corpus FILE.");
        }

        output.WriteLine(ExtractionCost.Run(corpus, ExtractionPipeline.CreateDefault(Gazetteer.Default), docs));
        return 0;
    }
}
