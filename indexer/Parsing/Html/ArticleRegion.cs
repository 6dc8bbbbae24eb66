using HtmlAgilityPack;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Where the article is: the element chosen for it, and the elements read as its text in document order (the chosen one
/// alone, or its sections with the headings between them when the article is split in several).
/// </summary>
/// <param name="Primary">The element chosen before sections were added; dates and bylines are looked for around it.</param>
internal sealed record ArticleRegion(HtmlNode Primary, IReadOnlyList<HtmlNode> Parts);
