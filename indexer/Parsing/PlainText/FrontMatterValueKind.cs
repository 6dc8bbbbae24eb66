namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>The shape of a front-matter value.</summary>
internal enum FrontMatterValueKind
{
    /// <summary>One value: plain, quoted, or a | or &gt; block.</summary>
    Text,

    /// <summary>A [flow, list] or "- item" lines.</summary>
    List,

    /// <summary>A nested map ("author:" then "  name: ..."), which no field here takes.</summary>
    Map,

    /// <summary>A quotation or a flow list that is not closed.</summary>
    Broken,
}
