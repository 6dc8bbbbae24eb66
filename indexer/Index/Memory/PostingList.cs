namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>The documents (ordinals, ascending) that hold one term, with the term's weighted frequency in each.</summary>
internal sealed class PostingList
{
    private int[] documents = new int[4];
    private byte[] frequencies = new byte[4];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Documents => documents.AsSpan(0, Count);

    public ReadOnlySpan<byte> Frequencies => frequencies.AsSpan(0, Count);

    /// <summary>Adds a document; ordinals only grow, so the list stays sorted.</summary>
    public void Add(int ordinal, int frequency)
    {
        if (Count == documents.Length)
        {
            Array.Resize(ref documents, documents.Length * 2);
            Array.Resize(ref frequencies, frequencies.Length * 2);
        }

        documents[Count] = ordinal;
        frequencies[Count] = (byte)Math.Clamp(frequency, 1, byte.MaxValue);
        Count++;
    }
}
