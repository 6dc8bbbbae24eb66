namespace NetralitasSearch.Indexer;

/// <summary>Reads the data files compiled into this assembly (gazetteer, word lists); '#' lines are comments.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> ReadLines(string path)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(name => name.EndsWith(path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The data file {path} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
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
}
