using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Finds a publication date that exists only as visible text: a date element of the theme ("td-post-date",
/// "date-header", "detail__date"), a line such as "Senin, 24 Juni 2024 10:15 WIB" above the article, or the
/// dateline date in the first paragraphs ("... Senin (24/6/2024)"). Sidebars and lists of other stories are skipped.
/// </summary>
internal static partial class PageDateFinder
{
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "time", "tanggal", "tgl", "waktu", "publish", "published", "posted", "pubdate", "datetime", "post-date",
        "entry-date", "meta", "dateline", "jam",
    };

    public static DateOnly? Find(HtmlDocument document, HtmlNode container, IReadOnlyList<string> paragraphs, int maxDepth)
    {
        // Nearest first: the article's own date line sits beside its body, a "today" date sits in the top bar.
        var scope = container;
        for (var level = 0; level < 5 && scope is not null; level++, scope = scope.ParentNode)
        {
            if (DateElements(scope, maxDepth).FirstOrDefault() is { } date)
            {
                return date;
            }
        }

        foreach (var text in TextBefore(document, container))
        {
            if (StampedLine().IsMatch(text) && PublishedDateReader.FromVisibleText(text) is { } date)
            {
                return date;
            }
        }

        return DatelineDate(paragraphs);
    }

    private static IEnumerable<DateOnly?> DateElements(HtmlNode scope, int maxDepth)
    {
        foreach (var node in scope.Descendants())
        {
            if (node.NodeType != HtmlNodeType.Element || !(node.Name == "time" || ElementWords.Parts(node).Any(DateWords.Contains)) || InsideOtherStory(node))
            {
                continue;
            }

            if (PublishedDateReader.FromVisibleText(HtmlText.Of(node, maxDepth, 300)) is { } date)
            {
                yield return date;
            }
        }
    }

    /// <summary>The date given with the day name in the opening paragraphs: "Senin (24/6/2024)", "Kamis, 12 September 2024".</summary>
    public static DateOnly? DatelineDate(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(3))
        {
            var match = DayDate().Match(paragraph);
            if (match.Success && PublishedDateReader.FromVisibleText(match.Groups["date"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Text nodes in document order up to the article container, outside lists of other stories.</summary>
    private static IEnumerable<string> TextBefore(HtmlDocument document, HtmlNode container)
    {
        foreach (var node in document.DocumentNode.Descendants())
        {
            if (node == container)
            {
                yield break;
            }

            if (node.NodeType == HtmlNodeType.Text && node.ParentNode is { } parent && parent.Name is not ("script" or "style" or "title") && !InsideOtherStory(parent))
            {
                var text = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text).Trim();
                if (text.Length is > 6 and < 200)
                {
                    yield return text;
                }
            }
        }
    }

    private static bool InsideOtherStory(HtmlNode node)
    {
        for (var current = node; current is not null; current = current.ParentNode)
        {
            if (current.NodeType == HtmlNodeType.Element && ElementWords.IsOtherStoryRegion(current))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b|\b(WIB|WITA|WIT)\b|\b\d{1,2}\s+(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampedLine();

    [GeneratedRegex(@"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*[,(]\s*(?<date>\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[A-Za-z]{3,9}\.?\s+\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayDate();
}
