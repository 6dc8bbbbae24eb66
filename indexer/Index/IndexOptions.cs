namespace NetralitasSearch.Indexer.Index;

/// <summary>Where the index lives: a folder holding one SQLite file (and its WAL).</summary>
public sealed record IndexOptions(string Directory)
{
    public const string FileName = "index.sqlite";

    public string DatabasePath => Path.Combine(Directory, FileName);

    /// <summary>How strongly a match in the title counts over one in the body (BM25 column weight).</summary>
    public double TitleWeight { get; init; } = 4.0;
}
