using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>
/// A regency or city across the index: its reported incidents (documents with a kind of violation other than an
/// appeal) per month, the people its documents name (each with the positions those documents give them, as buckets
/// read from the newest <see cref="ProfileReader.MaxDocuments"/> documents), the kinds of violation, its circulars and
/// appeals, and its latest incidents. Counts are stories (a same-story cluster once) beside documents.
/// </summary>
public sealed record RegencyProfile(
    string Code,
    string Name,
    RegionKind Kind,
    string Province,
    int Stories,
    int Incidents,
    IReadOnlyList<MonthCount> IncidentMonths,
    IReadOnlyList<AggregateBucket> Persons,
    IReadOnlyList<AggregateBucket> Violations,
    IReadOnlyList<ProfileDocument> Circulars,
    IReadOnlyList<ProfileDocument> LatestIncidents)
{
    /// <summary>Incidents with no date: in no month.</summary>
    public int UndatedIncidents { get; init; }

    /// <summary>Other regencies the name asked for also names ("Bekasi": the regency and the city).</summary>
    public IReadOnlyList<RegionRef> Alternatives { get; init; } = [];
}
