using System.Diagnostics.CodeAnalysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;

namespace NetralitasSearch.Indexer.Pipeline;

/// <summary>A document, or the content failure that kept a file from becoming one.</summary>
public sealed record DocumentResult(Document? Document, ParseFailure? Failure)
{
    /// <summary>What parsing changed or left out to read the file, for the ledger (see <see cref="ParseNotes"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Document is not null;
}
