using System.Buffers;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The arrays of one search's result sets, rented from the shared array pools and all given back when the search
/// ends. A frequent word at 200,000 documents would otherwise allocate megabytes per search on the large-object
/// heap, and the garbage collections that follow show up as the slowest searches.
/// </summary>
internal sealed class ScoredDocsPool : IDisposable
{
    private readonly List<int[]> documents = [];
    private readonly List<float[]> scores = [];
    private readonly List<byte[]> coverages = [];

    public (int[] Documents, float[] Scores, byte[] Coverage) Rent(int capacity)
    {
        var rented = (ArrayPool<int>.Shared.Rent(capacity), ArrayPool<float>.Shared.Rent(capacity), ArrayPool<byte>.Shared.Rent(capacity));
        documents.Add(rented.Item1);
        scores.Add(rented.Item2);
        coverages.Add(rented.Item3);
        return rented;
    }

    public void Dispose()
    {
        documents.ForEach(array => ArrayPool<int>.Shared.Return(array));
        scores.ForEach(array => ArrayPool<float>.Shared.Return(array));
        coverages.ForEach(array => ArrayPool<byte>.Shared.Return(array));
        documents.Clear();
        scores.Clear();
        coverages.Clear();
    }
}
