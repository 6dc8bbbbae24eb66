using System.Runtime.InteropServices;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// Every document's facet values in one array, document after document in ordinal order, each value its kind and
/// id in one int. Counting the facets of a match reads one short run of this array, where the per-kind arrays of
/// the index cost a pointer to follow per kind and document; matches come in ordinal order, so the runs are read
/// front to back.
/// </summary>
internal sealed class FacetEntries
{
    /// <summary>Ids sit below this bit and the kind above it.</summary>
    public const int KindShift = 28;

    public const int IdMask = (1 << KindShift) - 1;

    private readonly List<int> starts = [0];
    private readonly List<int> entries = [];

    /// <summary>Documents ended so far.</summary>
    public int Count => starts.Count - 1;

    public static FacetKind KindOf(int entry) => (FacetKind)(entry >>> KindShift);

    /// <summary>Adds a value to the document being added.</summary>
    public void Add(FacetKind kind, int id)
    {
        if ((uint)id > IdMask)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "facet ids must fit below the kind bits");
        }

        entries.Add(((int)kind << KindShift) | id);
    }

    /// <summary>Ends the document being added: the values added since the last call are its own.</summary>
    public void EndDocument() => starts.Add(entries.Count);

    /// <summary>The values of a document, in the order they were added.</summary>
    public ReadOnlySpan<int> Of(int ordinal)
    {
        var start = starts[ordinal];
        return CollectionsMarshal.AsSpan(entries)[start..starts[ordinal + 1]];
    }

    public void Clear()
    {
        entries.Clear();
        starts.Clear();
        starts.Add(0);
    }
}
