using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Functions.Exports;

/// <summary>One document of an export (CSV row, JSON object): what a spreadsheet of incidents needs, no snippet.</summary>
public sealed record ExportRow(
    string Id,
    string Title,
    DateOnly? Published,
    string? Source,
    string? Url,
    IReadOnlyList<string> Regencies,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<PersonEntity> Persons,
    IReadOnlyList<string> Violations,
    string File,
    string? Cluster)
{
    public static ExportRow Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new(hit.Id, hit.Title, hit.Published ?? hit.EventDate, hit.Source, hit.Url, hit.Regencies, hit.Provinces, hit.Persons, hit.Violations, hit.File, hit.Cluster);
    }
}
