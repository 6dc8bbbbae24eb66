namespace NetralitasSearch.Indexer;

/// <summary>Reads the data files compiled into this assembly (gazetteer, word lists); '#' lines are comments.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> ReadLines(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The bytes of an embedded data file (a model, a table).</summary>
    public static Stream Open(string path)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(name => name.EndsWith(path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The data file {path} is not embedded in {assembly.GetName().Name}.");
        return assembly.GetManifestResourceStream(resource)!;
    }
}
