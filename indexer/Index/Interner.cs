namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// Values (codes, names) numbered 0, 1, 2… in the order first seen, so a search counts in arrays. Grows under the
/// owner's lock while segment values are built; read from any thread: a reader that holds an id also sees its value.
/// </summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private volatile string[] values = new string[16];
    private volatile int count;

    public int Count => count;

    /// <summary>The id of a value, adding it if new. Callers hold the owner's lock.</summary>
    public int Id(string value)
    {
        if (ids.TryGetValue(value, out var id))
        {
            return id;
        }

        id = count;
        var current = values;
        if (id == current.Length)
        {
            var grown = new string[current.Length * 2];
            Array.Copy(current, grown, current.Length);
            current = grown;
        }

        current[id] = value;
        values = current;
        ids[value] = id;
        count = id + 1;
        return id;
    }

    public string Value(int id) => values[id];
}
