namespace NetralitasSearch.Indexer.Profiles;

/// <summary>A position a person held as documents report it, dated by the first and last dated document that gives it.</summary>
/// <param name="Regency">The regency or city the position belongs to, when a document says so.</param>
public sealed record PositionHeld(string Position, string? Regency, DateOnly? From, DateOnly? To, int Documents);
