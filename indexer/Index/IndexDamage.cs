using Lucene.Net.Index;

namespace NetralitasSearch.Indexer.Index;

/// <summary>Which failures mean the index's files are damaged (and the index must be rebuilt), not a bug or a bad request.</summary>
public static class IndexDamage
{
    /// <summary>
    /// A checksum, header or format that does not match (<see cref="CorruptIndexException"/> and its format
    /// subclasses), a file that ends early, or a segment file that is gone.
    /// </summary>
    public static bool IsDamage(Exception exception) => exception switch
    {
        CorruptIndexException or EndOfStreamException or IndexFormatTooNewException or IndexFormatTooOldException => true,
        FileNotFoundException or DirectoryNotFoundException when exception.StackTrace?.Contains("Lucene.Net", StringComparison.Ordinal) == true => true,
        _ => exception.InnerException is { } inner && IsDamage(inner),
    };
}
