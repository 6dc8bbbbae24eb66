namespace NetralitasSearch.Indexer.Index;

/// <param name="Month">The month as <c>yyyy-MM</c>.</param>
public sealed record MonthCount(string Month, int Count);
