namespace NetralitasSearch.Indexer.Documents;

/// <summary>A regency, city or province assigned to a document, and why.</summary>
/// <param name="Name">The name as in <see cref="Document.Regencies"/> or <see cref="Document.Provinces"/>.</param>
/// <param name="Kind">"regency", "city" or "province".</param>
/// <param name="Code">The official code (Kepmendagri).</param>
/// <param name="Mentions">How many times the text names it (a headline mention counts twice).</param>
/// <param name="Evidence">What decided each reading, one line per way the text names it ("'Bupati Musi Rawas': cue
/// 'bupati' before the name", "'OKU': press alias", "'Tugumulyo': a district found in this regency only").</param>
public sealed record PlaceEntity(string Name, string Kind, string Code, int Mentions, IReadOnlyList<string> Evidence);
