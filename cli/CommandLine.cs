using System.CommandLine;
using NetralitasSearch.Cli.Commands;

namespace NetralitasSearch.Cli;

/// <summary>
/// The <c>./netralitas</c> commands, defined once with System.CommandLine: the definition gives the parsing, the
/// checks, <c>--help</c> of every command and shell completion (<see cref="CompletionCommand"/>). A command line that
/// cannot be understood exits 2 with every error found and the command's help hint; a command that ran and failed
/// exits 1.
/// </summary>
internal static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("""
            NetralitasSearch: ingest, extract and search news and circulars on the neutrality of civil servants (ASN).
            Storage comes from AzureWebJobsStorage (default: the Azurite that ./run.sh starts, at AZURITE_BLOB_PORT
            and AZURITE_QUEUE_PORT). The benchmark is ./netralitas bench (see README; bench --help for its options).
            """)
        {
            ExtractCommand.Create(output, error),
            IndexCommand.Create(output, error),
            SearchCommand.Create(output, error),
            UploadCommand.Create(output, error),
        };
        foreach (var command in HostCommand.Create(output, error))
        {
            root.Add(command);
        }

        root.Add(AnalyzeCommand.Create(output));
        root.Add(EvalParseCommand.Create(output));
        root.Add(EvalExtractCommand.Create(output));
        root.Add(EvalNerCommand.Create(output));
        root.Add(TrainNerCommand.Create(output));
        root.Add(BenchExtractCommand.Create(output));
        root.Add(EvalSearchCommand.Create(output));
        root.Add(CompletionCommand.Create(output));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = Create(output, error);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(configuration).ConfigureAwait(false);
            return 2;
        }

        var parsed = root.Parse(args);
        var name = string.Join(' ', ["netralitas", .. CommandPath(parsed.CommandResult.Command, root)]);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"{name}: {problem.Message}");
            }

            error.WriteLine($"See: {name} --help");
            return 2;
        }

        try
        {
            return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (OptionException exception)
        {
            error.WriteLine($"{name}: {exception.Message}");
            return 2;
        }
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root) =>
        ReferenceEquals(command, root) ? [] : [command.Name];
}
