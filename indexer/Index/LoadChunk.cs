using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// A run of consecutive items of a bulk load (<see cref="IndexWriter.Load{T}"/>): made into documents and analyzed by
/// one thread, then written in order. A failure keeps what was made before the failing item.
/// </summary>
internal sealed class LoadChunk(int start, int count)
{
    /// <summary>
    /// Items per chunk. Measured on two cores (CLICK-ID, alternating runs): 512 gave 1,935 / 1,945 / 1,896 docs/s in a warm
    /// pass against 1,831 / 1,820 / 1,803 for the batches before; 32 and 64 were no better than those batches.
    /// </summary>
    public const int Size = 512;

    public List<PreparedDocument> Prepared { get; } = new(count);

    public Exception? Failure { get; private set; }

    private bool done;

    /// <summary>True once <see cref="Prepared"/> and <see cref="Failure"/> are final (read by the writing thread).</summary>
    public bool Done => Volatile.Read(ref done);

    public void Make<T>(IReadOnlyList<T> items, Func<T, Document?> make, DocumentFields fields, CancellationToken cancellationToken)
    {
        // Made, then analyzed, as two passes: measured on two cores, analyzing each document right after making it cost
        // about a sixth more CPU per article (extraction's and analysis's tables evicting each other from the caches).
        var made = new List<Document>(count);
        try
        {
            for (var i = start; i < start + count && !cancellationToken.IsCancellationRequested; i++)
            {
                if (make(items[i]) is { } document)
                {
                    made.Add(document);
                }
            }
        }
        catch (Exception exception)
        {
            Failure = exception;
        }

        try
        {
            foreach (var document in made)
            {
                Prepared.Add(fields.Prepare(document));
            }
        }
        catch (Exception exception)
        {
            Failure = exception;
        }
        finally
        {
            Volatile.Write(ref done, true);
        }
    }
}
