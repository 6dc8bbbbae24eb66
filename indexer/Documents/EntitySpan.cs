namespace NetralitasSearch.Indexer.Documents;

/// <summary>One mention in the body text: <c>Text.Substring(Start, Length)</c> is what was read.</summary>
/// <param name="Value">The normalised value (official regency name, clean person name, ISO date...).</param>
public sealed record EntitySpan(EntityType Type, string Value, int Start, int Length);
