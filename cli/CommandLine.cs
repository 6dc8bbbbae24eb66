using NetralitasSearch.Cli.Commands;

namespace NetralitasSearch.Cli;

/// <summary>The <c>./netralitas</c> commands. Each command parses its own options and returns an exit code.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: netralitas <command> [options]

          extract FILE...                       print the document of each file as one JSON line
          index PATH... --index DIR             index files or folders into a local index
          search "QUERY" --index DIR [--regency R] [--province P] [--person N] [--from D] [--to D]
                 [--sort relevance|date] [--page N] [--limit N] [--json]
          upload PATH... [--prefix P]           upload files into the articles container of the configured storage
          status [--page N] [--size N]          what happened to every file: counts by state, recent failures (host)
          reconcile                             compare blobs, ledger, documents and index, repair, report (host)
          reindex                               rebuild the host's index from the stored documents (host)
          analyze TEXT...                       show the terms the index holds for some text
          eval-parse DIR [--cases]              parsing figures over pages with expected output (fixtures, readability test pages)
          eval-extract LABELS.jsonl [--diff]    extraction P/R/F1 per entity type over a labelled set
          eval-ner FILE.tsv                     name tagger P/R/F1 per class and pipeline persons on a CoNLL file (NERGrit, NERP)
          train-ner [--data DIR] [--out DIR] [--epochs N] [--dev]
                                                rebuild the name tagger's model from the IndoNLU NER sets (deterministic)
          eval-search JUDGMENTS.jsonl [--queries] recall@10, MRR, nDCG@10: ours and plain Lucene.Net
          bench [--docs N] [--quick]            the benchmark (see README)
          bench-extract [--corpus FILE] [--docs N]
                                                extraction CPU ms per article over CLICK-ID (held-out quarter left out)

        Storage comes from AzureWebJobsStorage (default: UseDevelopmentStorage=true).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(rest, output, error),
                "analyze" => AnalyzeCommand.Run(rest, output, error),
                "eval-parse" => EvalParseCommand.Run(rest, output, error),
                "eval-extract" => EvalExtractCommand.Run(rest, output, error),
                "eval-ner" => EvalNerCommand.Run(rest, output, error),
                "train-ner" => TrainNerCommand.Run(rest, output, error),
                "bench-extract" => BenchExtractCommand.Run(rest, output, error),
                "eval-search" => EvalSearchCommand.Run(rest, output, error),
                "index" => IndexCommand.Run(rest, output, error),
                "search" => SearchCommand.Run(rest, output, error),
                "upload" => await UploadCommand.RunAsync(rest, output, error).ConfigureAwait(false),
                "status" or "reconcile" or "reindex" => await HostCommand.RunAsync(args[0], rest, output, error).ConfigureAwait(false),
                _ => Unknown(args[0], error),
            };
        }
        catch (OptionException exception)
        {
            error.WriteLine($"netralitas {args[0]}: {exception.Message}");
            return 2;
        }
    }

    private static int Unknown(string command, TextWriter error)
    {
        error.WriteLine($"netralitas: unknown command '{command}'.");
        error.WriteLine(Usage);
        return 2;
    }
}
