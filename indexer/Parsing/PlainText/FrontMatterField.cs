namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>The front-matter fields read (see <see cref="FrontMatterReader"/> for the keys that name each).</summary>
internal enum FrontMatterField
{
    Title,
    Source,
    Url,
    Published,
    Author,
}
