using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>
/// A person across the index: every document naming them (newest first), the positions documents give them over time,
/// the regencies and kinds of violation of those documents. <c>count</c> of a bucket counts stories (a same-story
/// cluster once), <c>documents</c> documents, as the search and the aggregates count.
/// </summary>
public sealed record PersonProfile(
    string Name,
    IReadOnlyList<string> Aliases,
    int Stories,
    int DocumentCount,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    IReadOnlyList<PositionHeld> Positions,
    IReadOnlyList<AggregateBucket> Regencies,
    IReadOnlyList<AggregateBucket> Violations,
    IReadOnlyList<ProfileDocument> Documents)
{
    /// <summary>More documents name the person than the profile lists (<see cref="ProfileReader.MaxDocuments"/>).</summary>
    public bool Truncated { get; init; }

    /// <summary>Other people whose names contain the words asked for ("Ali" asked, "Ali Sadikin" and "Ali Akbar" found).</summary>
    public IReadOnlyList<string> Others { get; init; } = [];
}
