using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index;

/// <summary>Which failures mean the index's files are damaged (and the index must be rebuilt), not a bug or a bad request.</summary>
public static class IndexDamage
{
    /// <summary>
    /// A checksum, header or format that does not match, a file that ends early or is gone (Lucene.Net reports most of
    /// these as plain I/O errors from its codecs and stores), or garbage its decoders trip over.
    /// </summary>
    public static bool IsDamage(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            CorruptIndexException or IndexFormatTooNewException or IndexFormatTooOldException => true,
            IOException => FromLucene(exception),
            IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException => InLuceneDecoding(exception),
            _ => exception.InnerException is { } inner && IsDamage(inner),
        };
    }

    private static bool FromLucene(Exception exception) => exception.StackTrace?.Contains("at Lucene.Net.", StringComparison.Ordinal) == true;

    /// <summary>Thrown where Lucene reads its files (codecs, stores, packed ints), not where it checks our arguments.</summary>
    private static bool InLuceneDecoding(Exception exception) =>
        exception.StackTrace?.TrimStart().Split('\n', 2)[0] is { } top
        && (top.Contains("Lucene.Net.Codecs.", StringComparison.Ordinal) || top.Contains("Lucene.Net.Store.", StringComparison.Ordinal) || top.Contains("Lucene.Net.Util.Packed.", StringComparison.Ordinal));
}
