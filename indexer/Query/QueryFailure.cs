namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// A user's mistake found while a query is built (an unknown field, a regency that does not exist): thrown inside the
/// parser's callbacks, which cannot return errors, and turned into a <see cref="QueryError"/> by the parser's caller.
/// </summary>
internal sealed class QueryFailure(string message, int position = -1) : Exception(message)
{
    public int Position { get; } = position;

    public QueryFailure At(int position) => Position >= 0 ? this : new QueryFailure(Message, position);
}
