namespace NetralitasSearch.Indexer.Index;

internal static class SqlText
{
    /// <summary>Escapes LIKE wildcards (with '\' as the escape character) so user text matches literally.</summary>
    public static string Like(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
