using System.Net;
using System.Text;
using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The best passage of a text for a query: the window of words holding the most distinct matched terms
/// (then the most matches), HTML-escaped first and then marked with &lt;mark&gt;. Runs only on the hits shown, and
/// keeps per word only its offsets and which matched term it is, so a long text costs one pass of analysis and the
/// windows are scored over the matched words alone.
/// </summary>
internal sealed class SnippetBuilder(IndonesianAnalyzer analyzer)
{
    /// <summary>Marks a word as matching no term in <see cref="matchOf"/>.</summary>
    private const int NoMatch = -1;

    /// <summary>Distinct words remembered per builder; past it words are analysed each time (same answer, slower).</summary>
    private const int MaxRemembered = 50_000;

    /// <summary>
    /// Each word as written → the matched term it is (an id in <see cref="termIds"/>) or <see cref="NoMatch"/>. A
    /// builder serves one search, so the terms do not change; the hits of a page repeat most of their words, and a
    /// word seen before costs one lookup instead of lower-casing, stemming and the term tests.
    /// </summary>
    private readonly Dictionary<string, int> matchOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? builtFor;
    private IReadOnlyList<string>? builtForPrefixes;

    /// <summary>Words in a snippet.</summary>
    private const int WindowWords = 36;

    /// <summary>Only this much of a long text is searched for the passage.</summary>
    private const int MaxScannedCharacters = 100_000;

    public string Build(string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        if (!ReferenceEquals(terms, builtFor) || !ReferenceEquals(prefixes, builtForPrefixes))
        {
            (builtFor, builtForPrefixes) = (terms, prefixes);
            matchOf.Clear();
            termIds.Clear();
        }

        var scanned = text.Length > MaxScannedCharacters ? text[..MaxScannedCharacters] : text;
        var words = new List<(int Start, int Length)>();
        var hits = new List<(int Word, int Term)>();
        var remembered = matchOf.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, length) in AnalysisTokenizer.Split(scanned))
        {
            var word = scanned.AsSpan(start, length);
            if (!remembered.TryGetValue(word, out var id))
            {
                id = Match(analyzer.Normalize(word), terms, prefixes);
                if (matchOf.Count < MaxRemembered)
                {
                    remembered[word] = id;
                }
            }

            if (id != NoMatch)
            {
                hits.Add((words.Count, id));
            }

            words.Add((start, length));
        }

        if (words.Count == 0)
        {
            return "";
        }

        // Term ids are numbered over the whole page; a window counts the distinct ones it holds, whatever their numbers.
        var bestStart = BestStart(words.Count, hits, termIds.Count);

        // Start a few words before the first match, so the passage reads as a sentence fragment.
        var first = Math.Max(0, bestStart - (bestStart > 0 ? 4 : 0));
        var last = Math.Min(words.Count, first + WindowWords) - 1;
        return Render(scanned, words, hits, first, last);
    }

    /// <summary>The id of a normalized word's matched term, numbered in the order first met, or <see cref="NoMatch"/>.</summary>
    private int Match(string term, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        if (!terms.Contains(term) && !StartsWithAny(term, prefixes))
        {
            return NoMatch;
        }

        if (!termIds.TryGetValue(term, out var id))
        {
            id = termIds.Count;
            termIds[term] = id;
        }

        return id;
    }

    private static bool StartsWithAny(string term, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first word of the best window: windows start at the first word or at a matched word, and score 100 per
    /// distinct matched term plus one per matched word; the earliest of the best wins.
    /// </summary>
    private static int BestStart(int wordCount, List<(int Word, int Term)> hits, int distinctTerms)
    {
        var seen = new int[distinctTerms];
        var (bestStart, bestScore) = (0, -1);
        var pass = 0;
        for (var candidate = -1; candidate < hits.Count; candidate++)
        {
            // Candidate -1 is the window at the first word; a matched first word is that same window again.
            var start = candidate < 0 ? 0 : hits[candidate].Word;
            if (candidate >= 0 && start == 0)
            {
                continue;
            }

            var end = Math.Min(wordCount, start + WindowWords);
            pass++;
            var (distinct, count) = (0, 0);
            for (var h = candidate < 0 ? 0 : candidate; h < hits.Count && hits[h].Word < end; h++)
            {
                count++;
                if (seen[hits[h].Term] != pass)
                {
                    seen[hits[h].Term] = pass;
                    distinct++;
                }
            }

            var score = distinct * 100 + count;
            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }

        return bestStart;
    }

    private static string Render(string text, List<(int Start, int Length)> words, List<(int Word, int Term)> hits, int first, int last)
    {
        var builder = new StringBuilder();
        if (first > 0)
        {
            builder.Append('…');
        }

        var hit = 0;
        while (hit < hits.Count && hits[hit].Word < first)
        {
            hit++;
        }

        var cursor = words[first].Start;
        for (var i = first; i <= last; i++)
        {
            var (start, length) = words[i];
            builder.Append(Escape(text[cursor..start]));
            var word = Escape(text.Substring(start, length));
            var matched = hit < hits.Count && hits[hit].Word == i;
            builder.Append(matched ? $"<mark>{word}</mark>" : word);
            hit += matched ? 1 : 0;
            cursor = start + length;
        }

        if (last < words.Count - 1)
        {
            builder.Append('…');
        }

        return builder.ToString().Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
