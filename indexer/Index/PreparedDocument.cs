using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using AnalyzedToken = NetralitasSearch.Indexer.Analysis.Token;

namespace NetralitasSearch.Indexer.Index;

/// <summary>A document analyzed for the index, before it gets its sequence number and same-story cluster.</summary>
internal sealed record PreparedDocument(
    Document Document,
    List<AnalyzedToken> Title,
    List<AnalyzedToken> Body,
    ulong? Fingerprint,
    ulong? TextHash,
    int? Day,
    IReadOnlyList<Region> Regencies,
    IReadOnlyList<string> ProvinceCodes,
    byte[] Hit,
    byte[] Record);
