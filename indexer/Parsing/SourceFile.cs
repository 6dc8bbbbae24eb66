namespace NetralitasSearch.Indexer.Parsing;

/// <summary>A file to parse: its name (for the extension) and its raw bytes.</summary>
/// <param name="ContentType">The content type the store reported, when there is one.</param>
public sealed record SourceFile(string Name, ReadOnlyMemory<byte> Content, string? ContentType = null);
