namespace NetralitasSearch.Indexer.Query;

/// <param name="Inclusive">For range brackets: '[' and ']' include the bound, '{' and '}' do not.</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position, bool Inclusive = false);
