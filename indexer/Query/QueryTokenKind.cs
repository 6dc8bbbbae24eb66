namespace NetralitasSearch.Indexer.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    OpenParen,
    CloseParen,
    OpenRange,
    CloseRange,
    Colon,
    Plus,
    Minus,
    Not,
    And,
    Or,
    To,
    Boost,
    Slop,
    End,
}
