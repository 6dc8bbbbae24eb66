using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>
/// Running headers and footers: a line among the first or last <see cref="EdgeLines"/> of a page that comes back (digits
/// aside) on at least half of the pages of a document of two pages or more, and a page number alone on its line ("3",
/// "- 3 -", "Halaman 3 dari 5", "Page 3 of 5") at the top or bottom of any page. Both are removed from every page.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines at the top and at the bottom of a page can be running heads or feet.</summary>
    public const int EdgeLines = 3;

    public static IReadOnlyList<PageLines> Remove(IReadOnlyList<PageLines> pages)
    {
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count >= 2)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                foreach (var key in Edges(page.Lines).Select(line => Key(line.Text)).Distinct())
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            repeated.UnionWith(counts.Where(pair => pair.Value * 2 >= pages.Count && pair.Value >= 2 && pair.Key.Length > 0).Select(pair => pair.Key));
        }

        return pages.Select(page =>
        {
            var edges = Edges(page.Lines).ToHashSet();
            var kept = page.Lines.Where(line => !edges.Contains(line) || !(repeated.Contains(Key(line.Text)) || PageNumber().IsMatch(line.Text))).ToList();
            return page with { Lines = kept };
        }).ToList();
    }

    private static IEnumerable<PageLine> Edges(IReadOnlyList<PageLine> lines) =>
        lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));

    /// <summary>The line with its digits as one sign and its case and spacing folded: "Halaman 2 dari 3" ~ "Halaman 3 dari 3".</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
            }
            else if (char.IsLetter(c) || (c is '#' or '/' or '-' or '.' or ':' && key.Length > 0))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:(?:halaman|hal\.?|page|p\.)\s*)?\d{1,4}(?:\s*(?:/|dari|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
