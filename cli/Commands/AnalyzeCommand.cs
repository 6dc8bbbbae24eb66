using System.CommandLine;
using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>analyze TEXT...</c>: each word and the term the index holds for it, to see why a search matches or not.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output)
    {
        var words = Options.Many("TEXT", "words or sentences");
        var command = new Command("analyze", "show the term the index holds for each word, to see why a search matches or not") { words };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(words), output));
        return command;
    }

    private static int Run(string[] words, TextWriter output)
    {
        var text = string.Join(' ', words);
        foreach (var token in IndonesianAnalyzer.Default.Analyze(text))
        {
            var word = text.Substring(token.Start, token.Length);
            var stop = IndonesianAnalyzer.IsStopWord(word.ToLowerInvariant()) ? "  (stop word in free queries)" : "";
            output.WriteLine($"{word} -> {token.Term}{stop}");
        }

        return 0;
    }
}
