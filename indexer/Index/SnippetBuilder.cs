using System.Net;
using System.Text;
using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The best passage of a text for a query: the window of words holding the most distinct matched terms
/// (then the most matches), HTML-escaped first and then marked with &lt;mark&gt;. Runs only on the hits shown.
/// </summary>
internal sealed class SnippetBuilder(IndonesianAnalyzer analyzer)
{
    /// <summary>Words in a snippet.</summary>
    private const int WindowWords = 36;

    /// <summary>Only this much of a long text is searched for the passage.</summary>
    private const int MaxScannedCharacters = 100_000;

    public string Build(string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        var scanned = text.Length > MaxScannedCharacters ? text[..MaxScannedCharacters] : text;
        var tokens = analyzer.Analyze(scanned).ToList();
        if (tokens.Count == 0)
        {
            return "";
        }

        var matched = tokens.Select(t => terms.Contains(t.Term) || prefixes.Any(p => t.Term.StartsWith(p, StringComparison.Ordinal))).ToArray();
        var (bestStart, bestScore) = (0, -1);
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start > 0 && !matched[start])
            {
                continue;
            }

            var end = Math.Min(tokens.Count, start + WindowWords);
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var i = start; i < end; i++)
            {
                if (matched[i])
                {
                    distinct.Add(tokens[i].Term);
                    count++;
                }
            }

            var score = distinct.Count * 100 + count;
            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }

        // Start a few words before the first match, so the passage reads as a sentence fragment.
        var first = Math.Max(0, bestStart - (bestStart > 0 ? 4 : 0));
        var last = Math.Min(tokens.Count, first + WindowWords) - 1;
        return Render(scanned, tokens, matched, first, last);
    }

    private static string Render(string text, List<Token> tokens, bool[] matched, int first, int last)
    {
        var builder = new StringBuilder();
        if (first > 0)
        {
            builder.Append('…');
        }

        var cursor = tokens[first].Start;
        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            builder.Append(Escape(text[cursor..token.Start]));
            var word = Escape(text.Substring(token.Start, token.Length));
            builder.Append(matched[i] ? $"<mark>{word}</mark>" : word);
            cursor = token.Start + token.Length;
        }

        if (last < tokens.Count - 1)
        {
            builder.Append('…');
        }

        return builder.ToString().Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
