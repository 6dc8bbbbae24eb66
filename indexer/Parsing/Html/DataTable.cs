using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Tables that hold data (a vote count per district, a list of officials with their posts), told from tables that lay
/// out a page: every cell is short and holds at most one paragraph, with no nested table, list or heading, and there are
/// at least two rows of two cells. A data table is read a row at a time, its cells joined by " | ", so that a row keeps
/// its meaning and a cell of numbers is not taken for a counter.
/// </summary>
internal static class DataTable
{
    /// <summary>A cell with more text than this is a column of a page, not a value.</summary>
    public const int MaxCellLength = 400;

    private static readonly HashSet<string> LayoutInside = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "form", "article", "section", "iframe",
    };

    public static bool IsDataTable(HtmlNode table, int maxDepth)
    {
        if (table.Name != "table" || string.Equals(table.GetAttributeValue("role", ""), "presentation", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rows = Rows(table).ToList();
        if (rows.Count < 2 || rows.Max(row => Cells(row).Count()) < 2)
        {
            return false;
        }

        foreach (var cell in rows.SelectMany(Cells))
        {
            var blocks = 0;
            foreach (var inner in cell.Descendants())
            {
                if (LayoutInside.Contains(inner.Name))
                {
                    return false;
                }

                if (inner.Name is "p" or "div" && ++blocks > 1)
                {
                    return false;
                }
            }

            if (HtmlText.Of(cell, maxDepth, MaxCellLength + 1).Length > MaxCellLength)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rows as lines of cell texts joined by " | ", empty cells left out, empty rows skipped.</summary>
    public static IEnumerable<string> Lines(HtmlNode table, int maxDepth)
    {
        foreach (var row in Rows(table))
        {
            var cells = Cells(row).Select(cell => HtmlText.Of(cell, maxDepth, MaxCellLength)).Where(text => text.Length > 0).ToList();
            if (cells.Count > 0)
            {
                yield return string.Join(" | ", cells);
            }
        }
    }

    private static IEnumerable<HtmlNode> Rows(HtmlNode table)
    {
        foreach (var child in table.ChildNodes)
        {
            if (child.Name == "tr")
            {
                yield return child;
            }
            else if (child.Name is "tbody" or "thead" or "tfoot")
            {
                foreach (var row in child.ChildNodes.Where(row => row.Name == "tr"))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<HtmlNode> Cells(HtmlNode row) => row.ChildNodes.Where(cell => cell.Name is "td" or "th");
}
