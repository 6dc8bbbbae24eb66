using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Headings that say the blocks after them are not the article (see <see cref="BodyLineRules.OtherStoryHeadings"/> and
/// <see cref="BodyLineRules.ProfileHeadings"/>): a heading element, or a short block of its own, whose text is the prompt
/// and little more, and is not mostly a link (a "Berita Terkait: &lt;a&gt;…&lt;/a&gt;" line is one link, left to the line rules).
/// </summary>
internal static class SectionHeading
{
    private const int MaxLength = 70;

    public static SectionHeadingKind Kind(HtmlNode node, PageText? page, int maxDepth)
    {
        if (node.Name is not ("h2" or "h3" or "h4" or "h5" or "h6" or "p" or "div" or "strong" or "b" or "header" or "span" or "dt"))
        {
            return SectionHeadingKind.None;
        }

        if (page is not null && page.Text(node) > MaxLength + 10)
        {
            return SectionHeadingKind.None;
        }

        var text = HtmlText.Of(node, maxDepth, MaxLength + 1);
        if (text.Length is 0 or > MaxLength || (page is not null && page.LinkDensity(node) >= 0.5))
        {
            return SectionHeadingKind.None;
        }

        var prompt = Prompt(text);
        if (Matches(prompt, BodyLineRules.ProfileHeadings) || (IsAboutHeading(text) && ClosesTheArticle(node, page, maxDepth)))
        {
            return SectionHeadingKind.Profile;
        }

        return Matches(prompt, BodyLineRules.OtherStoryHeadings) ? SectionHeadingKind.OtherStories : SectionHeadingKind.None;
    }

    /// <summary>"About Acme Corp", "Tentang Bawaslu Ogan Ilir": the prefix and a name (capitalised words).</summary>
    private static bool IsAboutHeading(string text)
    {
        foreach (var prefix in BodyLineRules.AboutPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length && char.IsUpper(text[prefix.Length]))
            {
                return text[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => !char.IsLetter(word[0]) || char.IsUpper(word[0]) || word.Length <= 3);
            }
        }

        return false;
    }

    /// <summary>Whether what follows the heading in its parent is short and holds no heading but another profile heading.</summary>
    private static bool ClosesTheArticle(HtmlNode node, PageText? page, int maxDepth)
    {
        var length = 0;
        for (var sibling = node.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (sibling.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && !Matches(Prompt(HtmlText.Of(sibling, maxDepth, MaxLength + 1)), BodyLineRules.ProfileHeadings))
            {
                return false;
            }

            length += page?.Text(sibling) ?? HtmlText.Of(sibling, maxDepth, BodyLineRules.MaxProfileLength + 1).Length;
            if (length > BodyLineRules.MaxProfileLength)
            {
                return false;
            }
        }

        return true;
    }

    private static string Prompt(string text) => text.ToLowerInvariant().Replace('\u2019', '\'').Trim(' ', ':', '.', '»', '›', '>', '-', '–', '|');

    private static bool Matches(string prompt, IReadOnlyList<string> headings) =>
        headings.Any(heading => prompt.StartsWith(heading, StringComparison.Ordinal)
            && prompt.Length - heading.Length <= BodyLineRules.MaxHeadingTail
            && (prompt.Length == heading.Length || !char.IsLetterOrDigit(prompt[heading.Length])));
}
