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
    /// <summary>Class or id parts that contain one of these name a date element ("createdate", "td-post-date", "tanggal").</summary>
    private static readonly string[] DateStems = ["date", "tanggal", "tgl", "waktu", "publish", "posted", "time", "dateline"];

    /// <summary>...unless they name the modification date ("modifydate", "updated", "diperbarui").</summary>
    private static readonly string[] ModifiedStems = ["modif", "update", "perbarui", "perbaharui", "edited"];

    /// <summary>Visible lines that give the modification date, not the publication date.</summary>
    private static readonly string[] ModifiedLines = ["diperbarui", "diperbaharui", "updated", "modified", "terakhir diubah", "update:"];

    /// <summary>The date shown beside the article (a date element or a stamp line under the headline), not the dateline's.</summary>
    public static DateOnly? FindShown(HtmlDocument document, HtmlNode container, HtmlNode? title, int maxDepth) =>
        ShownDates(document, container, title, maxDepth).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>Every date shown beside the article, nearest first; read lazily, so the first costs what it always did.</summary>
    public static IEnumerable<DateOnly> ShownDates(HtmlDocument document, HtmlNode container, HtmlNode? title, int maxDepth)
    {
        // Nearest first: the article's own date line sits beside its body, a "today" date sits in the top bar.
        var seen = new HashSet<HtmlNode>();
        var scope = container;
        for (var level = 0; level < 5 && scope is not null; level++, scope = scope.ParentNode)
        {
            foreach (var (node, date) in DateElements(scope, maxDepth))
            {
                if (seen.Add(node))
                {
                    yield return date;
                }
            }
        }

        // A visible stamp line right under the headline ("Diposting pada Selasa, 5 Maret 2019 · Oleh ...").
        foreach (var text in TextAfter(document, title ?? container).Take(12))
        {
            if (StampedLine().IsMatch(text) && PublishedDateReader.FromVisibleText(text) is { } date)
            {
                yield return date;
            }
        }
    }

    private static IEnumerable<(HtmlNode Node, DateOnly Date)> DateElements(HtmlNode scope, int maxDepth)
    {
        foreach (var node in scope.Descendants())
        {
            if (node.NodeType != HtmlNodeType.Element || !(node.Name == "time" || IsDateElement(node)) || IsModifiedDate(node, maxDepth) || InsideOtherStory(node))
            {
                continue;
            }

            if (PublishedDateReader.FromVisibleText(HtmlText.Of(node, maxDepth, 300)) is { } date)
            {
                yield return (node, date);
            }
        }
    }

    /// <summary>The dates given with a day name in the opening paragraphs: "Senin (24/6/2024)", "Kamis, 12 September 2024".</summary>
    public static IEnumerable<DateOnly> DatelineDates(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs.Take(3))
        {
            foreach (Match match in DayDate().Matches(paragraph))
            {
                if (PublishedDateReader.FromVisibleText(match.Groups["date"].Value) is { } date)
                {
                    yield return date;
                }
            }
        }
    }

    /// <summary>
    /// An element that gives the modification date: named so ("modified-time", itemprop="dateModified") or saying
    /// so ("Diperbarui 18 Okt 2023"). Portals often put it before the publication date.
    /// </summary>
    internal static bool IsModifiedDate(HtmlNode node, int maxDepth)
    {
        var names = ElementWords.Names(node).Append(node.GetAttributeValue("itemprop", ""));
        if (names.Any(name => ModifiedStems.Any(stem => name.Contains(stem, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        var text = HtmlText.Of(node, maxDepth, 60);
        return ModifiedLines.Any(stem => text.StartsWith(stem, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDateElement(HtmlNode node)
    {
        var names = ElementWords.Names(node).ToList();
        return names.Any(name => DateStems.Any(stem => name.Contains(stem, StringComparison.OrdinalIgnoreCase)))
            && !names.Any(name => ModifiedStems.Any(stem => name.Contains(stem, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Short text nodes in document order from an element on, outside lists of other stories.</summary>
    internal static IEnumerable<string> TextAfter(HtmlDocument document, HtmlNode start)
    {
        var started = false;
        foreach (var node in document.DocumentNode.Descendants())
        {
            if (node == start)
            {
                started = true;
                continue;
            }

            if (!started || node.NodeType != HtmlNodeType.Text || node.ParentNode is not { } parent || parent.Name is "script" or "style" or "title" || InsideOtherStory(parent))
            {
                continue;
            }

            var text = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text).Trim();
            if (text.Length is > 6 and < 200 && !ModifiedLines.Any(stem => text.Contains(stem, StringComparison.OrdinalIgnoreCase)))
            {
                yield return text;
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
