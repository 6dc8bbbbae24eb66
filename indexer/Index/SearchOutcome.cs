using System.Diagnostics.CodeAnalysis;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>A response, or why the request cannot be answered (a malformed query, an unknown regency).</summary>
public sealed record SearchOutcome(SearchResponse? Response, QueryError? Error)
{
    [MemberNotNullWhen(true, nameof(Response))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Response is not null;
}
