namespace NetralitasSearch.Indexer.Documents;

/// <summary>The structure of a circular (surat edaran): its number, subject, issuer, signing and points.</summary>
public sealed record CircularInfo
{
    public string? Number { get; init; }

    public string? Subject { get; init; }

    public string? Issuer { get; init; }

    public string? Place { get; init; }

    public DateOnly? Date { get; init; }

    public string? Signer { get; init; }

    public IReadOnlyList<string> Points { get; init; } = [];
}
