using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>analyze TEXT...</c>: each word and the term the index holds for it, to see why a search matches or not.</summary>
internal static class AnalyzeCommand
{
    public static int Run(IReadOnlyList<string> words, TextWriter output, TextWriter error)
    {
        if (words.Count == 0)
        {
            error.WriteLine("usage: netralitas analyze TEXT...");
            return 2;
        }

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
