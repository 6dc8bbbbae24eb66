namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>Strings as small integers (regency codes, outlets, names) so each document keeps arrays of ints.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> values = [];

    public int Count => values.Count;

    public int Id(string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids[value] = id;
            values.Add(value);
        }

        return id;
    }

    public int? Find(string value) => ids.TryGetValue(value, out var id) ? id : null;

    public string Value(int id) => values[id];

    public IEnumerable<(string Value, int Id)> All() => values.Select((value, id) => (value, id));
}
