namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// A query as SQL: <see cref="Match"/> is the FTS5 expression (a parameter value, never spliced into SQL);
/// when <see cref="MatchIsFilter"/> it is the whole text condition, otherwise it only ranks and <see cref="Where"/>
/// holds the condition. Parameters are named $q0, $q1, ...
/// </summary>
internal sealed record CompiledQuery(
    string? Match,
    bool MatchIsFilter,
    string Where,
    IReadOnlyList<(string Name, object Value)> Parameters,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<string> HighlightPrefixes)
{
    /// <summary>For a relaxed query: how many of its parts a document has (SQL over <c>d</c>), ranked before BM25.</summary>
    public string? Coverage { get; init; }
}
