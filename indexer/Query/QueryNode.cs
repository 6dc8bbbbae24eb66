namespace NetralitasSearch.Indexer.Query;

/// <summary>A node of a parsed query. The tree is ours; it is rendered to FTS5 and SQL with parameters only.</summary>
public abstract record QueryNode;

/// <summary>One word ("netral", "regency:OKU").</summary>
public sealed record TermNode(QueryField Field, string Text) : QueryNode;

/// <summary>Words in order ("tidak netral"); <see cref="Slop"/> from <c>"..."~N</c> allows N words between them.</summary>
public sealed record PhraseNode(QueryField Field, string Text, int Slop = 0) : QueryNode;

/// <summary>A word prefix (<c>netral*</c>).</summary>
public sealed record PrefixNode(QueryField Field, string Prefix) : QueryNode;

/// <summary>A range (<c>published:[2024-01-01 TO 2024-06-30]</c>); a null bound is open (<c>*</c>).</summary>
public sealed record RangeNode(QueryField Field, string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper) : QueryNode;

/// <summary>Clauses joined by their occurrence: required, optional (at least one of the optional ones), prohibited.</summary>
/// <param name="IsSynonymGroup">The optional clauses are ways of writing one thing (from the synonym list): a document
/// scores as its best variant, not as the sum of all.</param>
public sealed record BooleanNode(IReadOnlyList<BooleanClause> Clauses, bool IsSynonymGroup = false) : QueryNode;

/// <summary>Everything (an empty query with filters).</summary>
public sealed record MatchAllNode : QueryNode;

public sealed record BooleanClause(Occur Occur, QueryNode Node);

public enum Occur
{
    Must,
    Should,
    MustNot,
}
