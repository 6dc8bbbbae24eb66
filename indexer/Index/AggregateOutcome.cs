using System.Diagnostics.CodeAnalysis;
using NetralitasSearch.Indexer.Query;

namespace NetralitasSearch.Indexer.Index;

/// <summary>An aggregate, or why its search cannot be answered.</summary>
public sealed record AggregateOutcome(AggregateResponse? Response, QueryError? Error)
{
    [MemberNotNullWhen(true, nameof(Response))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Response is not null;
}
