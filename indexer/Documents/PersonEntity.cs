namespace NetralitasSearch.Indexer.Documents;

/// <param name="Name">The clean name: honorifics and degrees stripped.</param>
/// <param name="Position">The position as the text gives it, or null.</param>
/// <param name="Original">The name as first written in the text, with its titles.</param>
/// <param name="Regency">The regency or city the position belongs to, when the text says so.</param>
public sealed record PersonEntity(string Name, string? Position, string? Original = null, string? Regency = null)
{
    /// <summary>The other ways the text names the same person ("Jokowi" for Joko Widodo, "Azan" after "M Azan").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
