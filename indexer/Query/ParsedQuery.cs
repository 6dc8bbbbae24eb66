namespace NetralitasSearch.Indexer.Query;

/// <summary>A query read from Lucene syntax, ready to run.</summary>
/// <param name="Query">The Lucene query over the index fields.</param>
/// <param name="RelaxableParts">
/// For a plain list of words (no operators, no fields): its meaningful parts (a word, a phrase or a synonym group), of
/// which a relaxed search asks "any"; null for any other query.
/// </param>
public sealed record ParsedQuery(Lucene.Net.Search.Query Query, IReadOnlyList<Lucene.Net.Search.Query>? RelaxableParts);
