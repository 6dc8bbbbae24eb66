using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>The words of an element's class and id attributes, which is how CMS themes name their regions.</summary>
internal static class ElementWords
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '-', '_'];

    /// <summary>
    /// Test and analytics hooks that React and Next.js outlets name regions with, where their class names are
    /// generated hashes ("Textweb__StyledText-sc-1x2y3z-0"): data-qa-id="author-name", data-testid="storyPublishDate".
    /// </summary>
    private static readonly string[] HookAttributes = ["data-qa-id", "data-testid", "data-test-id"];

    /// <summary>Whole class names, the id and the test hooks, as written ("td-post-content").</summary>
    public static IEnumerable<string> Names(HtmlNode node)
    {
        foreach (var name in node.GetAttributeValue("class", "").Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return name;
        }

        var id = node.GetAttributeValue("id", "");
        if (id.Length > 0)
        {
            yield return id;
        }

        foreach (var hook in HookAttributes)
        {
            var value = node.GetAttributeValue(hook, "");
            if (value.Length > 0)
            {
                yield return value;
            }
        }
    }

    /// <summary>The parts of those names ("td", "post", "content").</summary>
    public static IEnumerable<string> Parts(HtmlNode node) =>
        Names(node).SelectMany(name => name.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    public static bool IsContentMarker(HtmlNode node) =>
        Names(node).Any(BoilerplateRules.ContentMarkers.Contains)
        || string.Equals(node.GetAttributeValue("itemprop", ""), "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the element is a share bar, list, ad, menu... and never article text.</summary>
    public static bool IsNoise(HtmlNode node)
    {
        if (IsNoiseElement(node))
        {
            return true;
        }

        // Post wrappers carry their taxonomy as classes ("tag-pilkada-2024", "category-musi-rawas"): not noise.
        if (node.NodeType != HtmlNodeType.Element || node.Name is "article" or "main" or "body" || IsContentMarker(node))
        {
            return false;
        }

        if (IsHidden(node))
        {
            return true;
        }

        return Parts(node).Any(BoilerplateRules.NoiseWords.Contains);
    }

    /// <summary>
    /// Script-like elements, and the components of AMP pages (amp-ad, amp-sidebar, amp-social-share, amp-twitter...),
    /// which are widgets around the article; the few that wrap article text are kept.
    /// </summary>
    public static bool IsNoiseElement(HtmlNode node) =>
        BoilerplateRules.NoiseElements.Contains(node.Name)
        || (node.Name.StartsWith("amp-", StringComparison.OrdinalIgnoreCase) && !BoilerplateRules.TextComponents.Contains(node.Name));

    public static bool IsOtherStoryRegion(HtmlNode node) =>
        node.Name is "aside" or "nav" or "footer" || Parts(node).Any(BoilerplateRules.OtherStoryWords.Contains);

    private static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes["hidden"] is not null || string.Equals(node.GetAttributeValue("aria-hidden", ""), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", "");
        return style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase);
    }
}
