using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>What a result line needs of a document, stored apart from its text and entities so hits read little.</summary>
internal sealed record HitData(
    string Id,
    string File,
    string Title,
    string? Url,
    DateOnly? Published,
    string? Source,
    IReadOnlyList<string> Regencies,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<PersonEntity> Persons,
    IReadOnlyList<string> Violations,
    DateOnly? EventDate)
{
    public static HitData Of(Document document) => new(
        document.Id, document.File, document.Title, document.Url, document.Published, document.Source, document.Regencies,
        document.Provinces, document.Persons.Select(p => p with { Original = null }).ToList(), document.Violations, document.EventDate);
}
