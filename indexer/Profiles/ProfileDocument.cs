using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>A document on a profile page: its result line and, on a person's page, the positions it gives them.</summary>
public sealed record ProfileDocument(string Id, string Title, DateOnly? Date, string? Source, string? Url, IReadOnlyList<string> Regencies, IReadOnlyList<string> Violations)
{
    /// <summary>On a person's page: the positions this document gives the person.</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];

    public static ProfileDocument Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new ProfileDocument(hit.Id, hit.Title, hit.Published ?? hit.EventDate, hit.Source, hit.Url, hit.Regencies, hit.Violations);
    }
}
