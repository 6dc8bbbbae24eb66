using NetralitasSearch.Indexer.Evaluation;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>eval-parse DIR [--cases]</c>: body token F1, title and date exact-match rates over pages with expected output (see ExpectedPages for the layouts).</summary>
internal static class EvalParseCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: [], switches: ["cases"]);
        if (options.Positional.Count != 1 || !Directory.Exists(options.Positional[0]))
        {
            throw new OptionException("give one folder of pages with <case>.expected.json files (e.g. tests/Fixtures/Parsing) or readability test pages (source.html, expected.html, expected-metadata.json).");
        }

        var report = ParsingEvaluation.Run(options.Positional[0], new ArticleParser(ParsingOptions.Default));
        output.WriteLine(report.Format(options.Flag("cases")));
        return 0;
    }
}
