namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>What a heading says about the blocks after it.</summary>
internal enum SectionHeadingKind
{
    None,

    /// <summary>Lists and cards of other stories follow: skipped while they are links, lists or pictures.</summary>
    OtherStories,

    /// <summary>A profile of the author or the company, or press contacts, follows: skipped up to the next heading.</summary>
    Profile,
}
