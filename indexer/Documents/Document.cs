namespace NetralitasSearch.Indexer.Documents;

/// <summary>
/// The canonical record of one ingested file: what the parser kept and what the extractors found.
/// It is stored as JSON (blob <c>documents/{id}.json</c>) and the index is rebuilt from it.
/// </summary>
public sealed record Document
{
    /// <summary>Stable id for the source path (see <see cref="DocumentId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The source: a blob name inside its container, or a file path as given on the command line.</summary>
    public required string File { get; init; }

    /// <summary>The blob container the file came from; null for local files.</summary>
    public string? Container { get; init; }

    /// <summary>The version of the source that produced this record (blob ETag), when known.</summary>
    public string? Etag { get; init; }

    public required DocumentFormat Format { get; init; }

    public required string Title { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The outlet (site name or domain).</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Author { get; init; }

    /// <summary>The main body text, paragraphs separated by blank lines. Entity offsets point into it.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<string> Regencies { get; init; } = [];

    public IReadOnlyList<string> RegencyCodes { get; init; } = [];

    public IReadOnlyList<string> Provinces { get; init; } = [];

    public string? PrimaryRegency { get; init; }

    public IReadOnlyList<PersonEntity> Persons { get; init; } = [];

    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    public DateOnly? EventDate { get; init; }

    public IReadOnlyList<string> LegalRefs { get; init; } = [];

    public IReadOnlyList<string> Violations { get; init; } = [];

    /// <summary>The violation kinds (never "appeal") of the actual cases the text reports: an identified ASN, village
    /// official or official did it, or was reported, summoned, examined, recommended for sanction or sanctioned.</summary>
    public IReadOnlyList<string> Incidents { get; init; } = [];

    /// <summary>What the text holds about neutrality: "incident" (an actual case), "appeal" (a reminder, circular, pledge
    /// or socialisation), "rule" (what is forbidden, or its sanctions); empty for a text about none of these.</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];

    /// <summary>The regencies, cities and provinces assigned, each with the evidence that decided it.</summary>
    public IReadOnlyList<PlaceEntity> Places { get; init; } = [];

    /// <summary>Every entity mention with its character offsets into <see cref="Text"/>.</summary>
    public IReadOnlyList<EntitySpan> Entities { get; init; } = [];

    /// <summary>Structure of a circular (surat edaran) when the file is one.</summary>
    public CircularInfo? Circular { get; init; }

    /// <summary>For a scanned PDF or an image: how OCR read it and which words it was unsure of. Null for text.</summary>
    public OcrInfo? Ocr { get; init; }

    /// <summary>For a page the scraper fetched: where and when it was archived. Null for uploaded files.</summary>
    public ArchiveInfo? Archive { get; init; }
}
