namespace NetralitasSearch.Indexer.Parsing;

/// <summary>Paragraphs with the noise lines removed, and what those lines said about the author.</summary>
internal sealed record CleanedBody(IReadOnlyList<string> Paragraphs, string? Author, string? AuthorInitials, IReadOnlyList<Byline> Bylines);
