using System.CommandLine;
using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-parse DIR [--cases]</c>: body token F1, title and date exact-match rates over pages with expected output (see ExpectedPages for the layouts).</summary>
internal static class EvalParseCommand
{
    public static Command Create(TextWriter output)
    {
        var folder = Options.ExistingFolder("DIR", "pages with <case>.expected.json files (e.g. tests/Fixtures/Parsing) or readability test pages (source.html, expected.html, expected-metadata.json)");
        var cases = Options.Flag("--cases", "also print every page's figures");
        var command = new Command("eval-parse", "parsing figures over pages with expected output: body token F1, titles and dates") { folder, cases };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(folder).FullName, parsed.GetValue(cases), output));
        return command;
    }

    private static int Run(string folder, bool cases, TextWriter output)
    {
        var report = ParsingEvaluation.Run(folder, new ArticleParser(ParsingOptions.Default));
        output.WriteLine(report.Format(cases));
        return 0;
    }
}
