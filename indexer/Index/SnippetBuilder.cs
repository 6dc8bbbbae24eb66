using System.Net;
using System.Text;
using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The best passage of a text for a query: the window of words holding the most distinct matched terms (then the most
/// matches), HTML-escaped first and then marked with &lt;mark&gt;. Which words matched comes from the index (their
/// positions, see <see cref="PassageMatches"/>), so the text is only split into words, never analyzed again: the n-th
/// word of <see cref="AnalysisTokenizer"/> is at position n in the index.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>Words in a snippet.</summary>
    private const int WindowWords = 36;

    /// <summary>
    /// Bytes of UTF-8 per word first decoded: Indonesian news averages under eight (word, space, punctuation), so one
    /// decoding nearly always reaches far enough.
    /// </summary>
    private const int BytesPerWord = 12;

    /// <param name="passage">The start of the document's text as UTF-8 (the passage kept in the index, up to 32 KB).</param>
    /// <param name="hits">Matched words as (position, which term), by position.</param>
    public static string Build(ReadOnlySpan<byte> passage, IReadOnlyList<(int Position, int Term)> hits)
    {
        // Decoding the whole passage for every shown hit was a sixth of a search's CPU. The window is chosen from the
        // matched positions first (a frequent word matches to the passage's end), and only the words up to its end are
        // decoded, more when that part held too few of them. When that window lies inside the passage it is the one the
        // whole passage gives (no other window can score more there); when the passage ends first, all of it is read.
        var reach = BestStart(int.MaxValue, hits) + WindowWords + 1;
        for (var take = Math.Min(passage.Length, (reach + 1) * BytesPerWord); ; take = Math.Min(passage.Length, take * 2))
        {
            var end = take;
            while (end < passage.Length && end > 0 && (passage[end] & 0xC0) == 0x80)
            {
                // Not inside a character: a UTF-8 continuation byte is never cut from its lead byte.
                end--;
            }

            if (Build(Encoding.UTF8.GetString(passage[..end]), hits, end == passage.Length, reach) is { } snippet)
            {
                return snippet;
            }
        }
    }

    /// <param name="text">The start of the document's text (the passage kept in the index).</param>
    /// <param name="hits">Matched words as (position, which term), by position.</param>
    public static string Build(string text, IReadOnlyList<(int Position, int Term)> hits) => Build(text, hits, whole: true, Reach(hits))!;

    /// <summary>The last matched position plus a window, and one word more to know whether text follows.</summary>
    private static int Reach(IReadOnlyList<(int Position, int Term)> hits) => (hits.Count == 0 ? 0 : hits[^1].Position) + WindowWords + 1;

    /// <param name="whole">Whether <paramref name="text"/> is all of the passage; when not, null if it may end inside a word the window reaches.</param>
    /// <param name="reach">Words to split: as far as the chosen window can reach.</param>
    private static string? Build(string text, IReadOnlyList<(int Position, int Term)> hits, bool whole, int reach)
    {
        // Only the words a window can reach are split (a passage holds thousands). Fewer words than that means the
        // text ends first. A part of the passage must hold one word more: a word is whole once another starts after it.
        var words = new List<(int Start, int Length)>(Math.Min(reach + 1, 512));
        foreach (var word in AnalysisTokenizer.Split(text))
        {
            words.Add(word);
            if (words.Count == reach + 1)
            {
                break;
            }
        }

        if (!whole && words.Count <= reach)
        {
            return null;
        }

        if (words.Count > reach)
        {
            words.RemoveAt(reach);
        }

        if (words.Count == 0)
        {
            return "";
        }

        var inText = hits.Where(h => h.Position < words.Count).ToList();
        var bestStart = BestStart(words.Count, inText);

        // Start a few words before the first match, so the passage reads as a sentence fragment.
        var first = Math.Max(0, bestStart - (bestStart > 0 ? 4 : 0));
        var last = Math.Min(words.Count, first + WindowWords) - 1;
        return Render(text, words, inText, first, last);
    }

    /// <summary>
    /// The first word of the best window: windows start at the first word or at a matched word, and score 100 per
    /// distinct matched term plus one per matched word; the earliest of the best wins.
    /// </summary>
    private static int BestStart(int wordCount, IReadOnlyList<(int Position, int Term)> hits)
    {
        var seen = new Dictionary<int, int>();
        var (bestStart, bestScore) = (0, -1);
        var pass = 0;
        for (var candidate = -1; candidate < hits.Count; candidate++)
        {
            // Candidate -1 is the window at the first word; a matched first word is that same window again.
            var start = candidate < 0 ? 0 : hits[candidate].Position;
            if (candidate >= 0 && start == 0)
            {
                continue;
            }

            var end = Math.Min(wordCount, start + WindowWords);
            pass++;
            var (distinct, count) = (0, 0);
            for (var h = candidate < 0 ? 0 : candidate; h < hits.Count && hits[h].Position < end; h++)
            {
                count++;
                if (seen.GetValueOrDefault(hits[h].Term) != pass)
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

    private static string Render(string text, List<(int Start, int Length)> words, List<(int Position, int Term)> hits, int first, int last)
    {
        var builder = new StringBuilder();
        if (first > 0)
        {
            builder.Append('…');
        }

        var hit = 0;
        while (hit < hits.Count && hits[hit].Position < first)
        {
            hit++;
        }

        var cursor = words[first].Start;
        for (var i = first; i <= last; i++)
        {
            var (start, length) = words[i];
            builder.Append(Escape(text[cursor..start]));
            var word = Escape(text.Substring(start, length));
            var matched = hit < hits.Count && hits[hit].Position == i;
            builder.Append(matched ? $"<mark>{word}</mark>" : word);
            while (hit < hits.Count && hits[hit].Position == i)
            {
                hit++;
            }

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
