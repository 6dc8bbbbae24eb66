namespace NetralitasSearch.Indexer.Parsing;

/// <summary>A credit line of the article ("Pewarta: Edwardi", "Editor: Fajar"): the role as written and the name.</summary>
public sealed record Byline(string Role, string Name);
