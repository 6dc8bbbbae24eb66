using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// One run of <see cref="IndexWriter.Load{T}"/>. One thread per core takes the next chunk of items, makes and analyzes
/// its documents, then writes every chunk that is ready in order, if no other thread is writing: the writing moves to
/// whichever thread is free, so there are as many busy threads as cores. Batches with a barrier between making and
/// writing (the load before) left a core idle whenever the two took unequal times; a dedicated writer thread beside one
/// maker per core (three threads on two cores) cost about a tenth more CPU per article.
/// </summary>
internal sealed class BulkLoad<T>(
    IReadOnlyList<T> items,
    Func<T, Document?> make,
    DocumentFields fields,
    Action<IReadOnlyList<PreparedDocument>> write,
    CancellationToken cancellationToken)
{
    /// <summary>Chunks made or being made beyond what has been written: bounds the analyzed documents held in memory.</summary>
    private const int Ahead = 2;

    private readonly LoadChunk[] chunks = Enumerable.Range(0, (items.Count + LoadChunk.Size - 1) / LoadChunk.Size)
        .Select(c => new LoadChunk(c * LoadChunk.Size, Math.Min(LoadChunk.Size, items.Count - (c * LoadChunk.Size)))).ToArray();

    private readonly SemaphoreSlim window = new(Ahead);
    private readonly System.Threading.Lock writing = new();
    private readonly CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private int next = -1;
    private int written;
    private int count;
    private Exception? failure;

    public int Run()
    {
        try
        {
            var helpers = Enumerable.Range(1, Math.Max(1, Environment.ProcessorCount) - 1)
                .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();
            Work();
            Task.WaitAll(helpers);
        }
        finally
        {
            window.Dispose();
            stop.Dispose();
        }

        if (failure is not null)
        {
            throw new AggregateException(failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return count;
    }

    private void Work()
    {
        while (!stop.IsCancellationRequested)
        {
            // Write first: a thread that would wait for room in the window frees it.
            WriteReady();
            try
            {
                window.Wait(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var c = Interlocked.Increment(ref next);
            if (c >= chunks.Length)
            {
                window.Release();
                WriteReady();
                return;
            }

            chunks[c].Make(items, make, fields, stop.Token);
        }
    }

    /// <summary>Writes the ready chunks in order, unless another thread is writing (it will see them too).</summary>
    private void WriteReady()
    {
        while (Ready() && writing.TryEnter())
        {
            try
            {
                while (Ready())
                {
                    var chunk = chunks[written];
                    if (chunk.Prepared.Count > 0)
                    {
                        write(chunk.Prepared);
                        count += chunk.Prepared.Count;
                    }

                    if (chunk.Failure is not null)
                    {
                        Fail(chunk.Failure);
                        return;
                    }

                    Volatile.Write(ref written, written + 1);
                    window.Release();
                }
            }
            catch (Exception exception)
            {
                Fail(exception);
                return;
            }
            finally
            {
                writing.Exit();
            }

            // A chunk finished while this thread held the lock, by a thread that then found it taken: checked again.
        }
    }

    private bool Ready()
    {
        var w = Volatile.Read(ref written);
        return w < chunks.Length && failure is null && chunks[w].Done;
    }

    private void Fail(Exception exception)
    {
        failure = exception;
        stop.Cancel();
    }
}
