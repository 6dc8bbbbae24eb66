using HtmlAgilityPack;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Parsing.Html;

namespace NetralitasSearch.Indexer.Tests.Parsing.Html;

/// <summary>
/// The tree the parser reads is the tree a browser builds: end tags a browser implies are written out before
/// HtmlAgilityPack sees the page, which otherwise nests the rest of the page inside an open &lt;li&gt;.
/// </summary>
public sealed class TagBalancerTests
{
    [Theory]
    [InlineData("<header><ul><li>a<li>b</ul></header><section><p>x</section>", "header(ul(li(a),li(b))),section(p(x))")]
    [InlineData("<div><ul><li>a<li>b</ul></div><p>x", "div(ul(li(a),li(b))),p(x)")]
    [InlineData("<div><span>a</div><p>x", "div(span(a)),p(x)")]
    [InlineData("<table><tr><td>a<td>b</table><p>x", "table(tr(td(a),td(b))),p(x)")]
    [InlineData("<dl><dt>a<dd>b</dl><p>x", "dl(dt(a),dd(b)),p(x)")]
    [InlineData("<select><option>a<option>b</select><p>x", "select(option(a),option(b)),p(x)")]
    [InlineData("<p>a<div>b</div>", "p(a),div(b)")]
    [InlineData("<div>a</span></p>b</div>c", "div(ab),c")]
    [InlineData("<h2>a<h3>b</h3>", "h2(a),h3(b)")]
    [InlineData("<div/><p>a</p>", "div(p(a))")]
    [InlineData("<svg><path/><g></g></svg><p>a</p>", "svg(path(),g()),p(a)")]
    [InlineData("<td><div>a</td><p>b", "td(div(a)),p(b)")]
    [InlineData("<table><tr><td><div>a</div></div></td></tr></table>", "table(tr(td(div(a))))")]
    [InlineData("<a title=\"x > y\" href=\"/\">a</a><p>b", "a(a),p(b)")]
    [InlineData("<p>1 < 2 and 3 <4</p>", "p(1 < 2 and 3 <4)")]
    [InlineData("<script>if (a < b) document.write('</div>');</script><p>x", "script(if (a < b) document.write('</div>');),p(x)")]
    [InlineData("<iframe><p>inside</p></iframe><p>x", "iframe(&lt;p>inside&lt;/p>),p(x)")]
    public void EndTagsABrowserImpliesAreWrittenOut(string html, string tree)
    {
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionAutoCloseOnEnd = true };
        document.LoadHtml(TagBalancer.Balance(html, maxDepth: 256));

        Assert.Equal(tree, string.Join(",", document.DocumentNode.ChildNodes.Select(Shape).Where(text => text.Length > 0)));
    }

    [Fact]
    public void MarkupBelowTheDepthLimitKeepsItsTextAndLosesItsTags()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50)) + "<p>inti</p>" + string.Concat(Enumerable.Repeat("</div>", 50)) + "<p>sesudah</p>";
        var notes = new ParseNotes();

        var balanced = TagBalancer.Balance(html, maxDepth: 10, notes);

        Assert.Equal(string.Concat(Enumerable.Repeat("<div>", 10)) + "inti" + string.Concat(Enumerable.Repeat("</div>", 10)) + "<p>sesudah</p>", balanced);
        Assert.Single(notes.ToList());
    }

    [Fact]
    public void APageWithinTheLimitsIsLeftAsItIs()
    {
        const string html = "<!doctype html><html><head><title>Judul</title></head><body><article><p>Satu.</p><ul><li>dua</li></ul></article></body></html>";

        Assert.Equal(html.Replace("</body></html>", "", StringComparison.Ordinal), TagBalancer.Balance(html, maxDepth: 256));
    }

    private static string Shape(HtmlNode node) => node.NodeType switch
    {
        HtmlNodeType.Text => node.InnerText.Trim(),
        HtmlNodeType.Element => $"{node.Name}({string.Join(",", node.ChildNodes.Select(Shape).Where(text => text.Length > 0))})",
        _ => "",
    };
}
