using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Cli.Commands;

/// <summary>One line of <c>./netralitas extract</c>: the contract's fields, then a few more (primary regency, event date, author;
/// incident kinds, modes and places with their evidence; persons carry their aliases).</summary>
internal sealed record ExtractRecord(
    string File,
    string Title,
    DateOnly? Published,
    string? Source,
    string? Url,
    string Text,
    IReadOnlyList<string> Regencies,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<PersonEntity> Persons,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<string> LegalRefs,
    IReadOnlyList<string> Violations,
    string? PrimaryRegency,
    DateOnly? EventDate,
    string? Author,
    IReadOnlyList<string> Incidents,
    IReadOnlyList<string> Modes,
    IReadOnlyList<PlaceEntity> Places)
{
    public static ExtractRecord From(Document document) => new(
        document.File, document.Title, document.Published, document.Source, document.Url, document.Text, document.Regencies,
        document.Provinces, document.Persons, document.Dates, document.LegalRefs, document.Violations, document.PrimaryRegency,
        document.EventDate, document.Author, document.Incidents, document.Modes, document.Places);
}
