using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>bench-extract [--corpus FILE] [--docs N]</c>: CPU milliseconds of extraction per article over the development
/// part of CLICK-ID (held-out articles left out), in total and per stage.</summary>
internal static class BenchExtractCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: ["corpus", "docs"], switches: []);
        var corpus = options.Value("corpus") ?? (RepositoryLayout.SharedData() is { } shared ? ClickIdCorpus.PathUnder(shared) : null);
        if (corpus is null || !File.Exists(corpus))
        {
            throw new OptionException("../shared/data/news-corpus/clickid-articles.jsonl is absent: give --corpus FILE.");
        }

        output.WriteLine(ExtractionCost.Run(corpus, ExtractionPipeline.CreateDefault(Gazetteer.Default), options.Int("docs", int.MaxValue, 1, int.MaxValue)));
        return 0;
    }
}
