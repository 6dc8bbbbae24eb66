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

    /// <summary>The parts of those names ("td", "post", "content"), see <see cref="Split"/>.</summary>
    public static IEnumerable<string> Parts(HtmlNode node) => Names(node).SelectMany(Split);

    public static bool IsContentMarker(HtmlNode node) =>
        Names(node).Any(BoilerplateRules.ContentMarkers.Contains)
        || string.Equals(node.GetAttributeValue("itemprop", ""), "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether one of the element's names says it holds the article ("l-article-body-segment", "story-content") and
    /// nothing else: a name with a content word and no noise word. Such a name outweighs a layout word in another of its
    /// names ("l-sidebar-fixed l-article-body-segment" is the article column beside a fixed sidebar).
    /// </summary>
    public static bool HasContentName(HtmlNode node) =>
        Names(node).Any(name =>
        {
            var parts = Split(name);
            return parts.Any(BoilerplateRules.ContentWords.Contains) && !parts.Any(BoilerplateRules.NoiseWords.Contains) && !parts.Any(BoilerplateRules.OtherStoryWords.Contains);
        });

    /// <summary>Whether the element is a share bar, list, ad, menu... and never article text.</summary>
    public static bool IsNoise(HtmlNode node) => IsNoise(node, page: null);

    /// <summary>
    /// As <see cref="IsNoise(HtmlNode)"/>, and with the page's text measured: a layout region (a form, header or nav
    /// element, a region named "sidebar", "widget", "menu"...) that holds most of the page's paragraph text is the main
    /// column, not noise: ASP.NET wraps the whole page in one &lt;form&gt;, Blogger puts the post in a "widget".
    /// </summary>
    public static bool IsNoise(HtmlNode node, PageText? page)
    {
        if (IsScriptLike(node))
        {
            return true;
        }

        if (BoilerplateRules.NoiseElements.Contains(node.Name))
        {
            return !(BoilerplateRules.LayoutElements.Contains(node.Name) && page is not null && page.IsMainRegion(node));
        }

        // Post wrappers carry their taxonomy as classes ("tag-pilkada-2024", "category-musi-rawas"): not noise. A blockquote
        // is quoted text, and an embedded post keeps its words there whatever its class says ("twitter-tweet").
        if (node.NodeType != HtmlNodeType.Element || node.Name is "article" or "main" or "body" || IsContentMarker(node)
            || (node.Name is "blockquote" && !IsHidden(node)))
        {
            return false;
        }

        if (IsHidden(node))
        {
            return true;
        }

        var words = NameWords(node, BoilerplateRules.NoiseWords).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        if (words.All(BoilerplateRules.LayoutWords.Contains) && HasContentName(node))
        {
            return false;
        }

        // A wrapper named for a date, the meta line or a widget that holds most of the page's text is not that part:
        // Blogger puts each post in "date-outer". Regions of other stories (comments, related lists) stay noise.
        return page is null || !page.IsMainRegion(node) || words.Any(word => BoilerplateRules.OtherStoryWords.Contains(word) && !BoilerplateRules.LayoutWords.Contains(word));
    }

    /// <summary>
    /// Script-like elements, and the components of AMP pages (amp-ad, amp-sidebar, amp-social-share, amp-twitter...),
    /// which are widgets around the article; the few that wrap article text are kept.
    /// </summary>
    public static bool IsNoiseElement(HtmlNode node) =>
        BoilerplateRules.NoiseElements.Contains(node.Name)
        || (node.Name.StartsWith("amp-", StringComparison.OrdinalIgnoreCase) && !BoilerplateRules.TextComponents.Contains(node.Name));

    /// <summary>Elements never read whatever they hold: scripts, styles, media, and AMP widgets.</summary>
    public static bool IsScriptLike(HtmlNode node) =>
        (BoilerplateRules.NoiseElements.Contains(node.Name) && !BoilerplateRules.LayoutElements.Contains(node.Name))
        || (node.Name.StartsWith("amp-", StringComparison.OrdinalIgnoreCase) && !BoilerplateRules.TextComponents.Contains(node.Name));

    public static bool IsOtherStoryRegion(HtmlNode node) => IsOtherStoryRegion(node, page: null);

    /// <summary>A region of other stories (sidebar, related list, comments); with the page measured, a main column is none.</summary>
    public static bool IsOtherStoryRegion(HtmlNode node, PageText? page)
    {
        if (node.Name is "aside" or "nav" or "footer")
        {
            return page is null || !page.IsMainRegion(node);
        }

        var words = NameWords(node, BoilerplateRules.OtherStoryWords).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        return !(words.All(BoilerplateRules.LayoutWords.Contains) && (HasContentName(node) || (page is not null && page.IsMainRegion(node))));
    }

    /// <summary>
    /// The words of <paramref name="set"/> that the element's names carry as what the region is. A name that describes a
    /// layout around one ("content-with-sidebar-wrp", "has-sidebar", "no-sidebar", "layout-sidebar-right") does not.
    /// </summary>
    private static IEnumerable<string> NameWords(HtmlNode node, IReadOnlySet<string> set)
    {
        foreach (var name in Names(node))
        {
            var parts = Split(name);
            if (parts.Any(BoilerplateRules.LayoutModifiers.Contains))
            {
                continue;
            }

            foreach (var part in parts)
            {
                if (set.Contains(part))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>
    /// The words of one name, lower case, split at '-', '_' and spaces. A compound of a noise word and a generic noun written
    /// as one word yields its noise word too ("jp-relatedposts", "relatedPosts", "sharebar", "postmeta"). A word is never
    /// matched inside any other word: "l-sidebar-fixed" has "sidebar", "CtxtMenu" has no "menu".
    /// </summary>
    public static string[] Split(string name)
    {
        var words = new List<string>();
        foreach (var piece in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            AddWord(piece.ToLowerInvariant(), words);
        }

        return [.. words];
    }

    private static void AddWord(string word, List<string> words)
    {
        words.Add(word);
        if (word.Length < 6 || BoilerplateRules.NoiseWords.Contains(word))
        {
            return;
        }

        foreach (var noun in BoilerplateRules.CompoundNouns)
        {
            if (word.Length > noun.Length + 2 && word.EndsWith(noun, StringComparison.Ordinal) && IsNoiseWord(word[..^noun.Length]))
            {
                words.Add(word[..^noun.Length]);
                return;
            }

            if (word.Length > noun.Length + 3 && word.StartsWith(noun, StringComparison.Ordinal) && IsNoiseWord(word[noun.Length..]))
            {
                words.Add(word[noun.Length..]);
                return;
            }
        }
    }

    private static bool IsNoiseWord(string word) => BoilerplateRules.NoiseWords.Contains(word) || BoilerplateRules.OtherStoryWords.Contains(word);

    /// <summary>Hidden by the page itself: the hidden attribute, aria-hidden, or an inline display:none or visibility:hidden.</summary>
    public static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes["hidden"] is not null || string.Equals(node.GetAttributeValue("aria-hidden", ""), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", "");
        if (style.Length == 0)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
