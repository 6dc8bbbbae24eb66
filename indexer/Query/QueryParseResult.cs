using System.Diagnostics.CodeAnalysis;

namespace NetralitasSearch.Indexer.Query;

public sealed record QueryParseResult(ParsedQuery? Query, QueryError? Error)
{
    [MemberNotNullWhen(true, nameof(Query))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Query is not null;
}
