namespace NetralitasSearch.Indexer.Extraction.Regions;

/// <summary>
/// Prefix lookup over the written names of provinces, regencies and cities (official names and aliases). A name
/// matches when one of its words starts with what was typed; a match at the start of the name ranks before one
/// inside it, the official name before an alias, a kabupaten or city before a province, shorter names first.
/// The list is a few thousand names, so a scan per keystroke costs microseconds and needs no index of its own.
/// </summary>
internal sealed class RegionSuggester
{
    private readonly List<(string Name, string Folded, Region Region, bool IsOfficial)> names;

    public RegionSuggester(IEnumerable<(string Name, Region Region)> writtenNames)
    {
        // "Kabupaten Musi Rawas" adds nothing to "Musi Rawas" and would answer every "kab" with the whole country.
        names = writtenNames
            .Where(n => n.Region.Kind != RegionKind.District && !n.Name.StartsWith("Kabupaten ", StringComparison.Ordinal) && !n.Name.StartsWith("Provinsi ", StringComparison.Ordinal))
            .Select(n => (n.Name, Folded: Fold(n.Name), n.Region, IsOfficial: n.Name == n.Region.Name || n.Name == n.Region.DisplayName))
            .DistinctBy(n => (n.Folded, n.Region.Code))
            .ToList();
    }

    public IReadOnlyList<RegionSuggestion> Suggest(string prefix, int limit)
    {
        var folded = Fold(prefix);
        if (folded.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<string, (int Rank, string Name, bool IsOfficial, Region Region)>(StringComparer.Ordinal);
        foreach (var (name, candidate, region, isOfficial) in names)
        {
            var at = WordStart(candidate, folded);
            if (at < 0)
            {
                continue;
            }

            var rank = (candidate.Length == folded.Length ? 0 : at == 0 ? 1 : 2) * 4 + (isOfficial ? 0 : 1) * 2 + (region.Kind == RegionKind.Province ? 1 : 0);
            if (!best.TryGetValue(region.Code, out var current) || rank < current.Rank)
            {
                best[region.Code] = (rank, name, isOfficial, region);
            }
        }

        return best.Values
            .OrderBy(b => b.Rank)
            .ThenBy(b => b.Region.DisplayName.Length)
            .ThenBy(b => b.Region.DisplayName, StringComparer.Ordinal)
            .Take(limit)
            .Select(b => new RegionSuggestion(b.Region, b.IsOfficial ? null : b.Name))
            .ToList();
    }

    /// <summary>Where a word of <paramref name="name"/> starts with <paramref name="prefix"/>, or -1.</summary>
    private static int WordStart(string name, string prefix)
    {
        for (var at = name.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = name.IndexOf(prefix, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || name[at - 1] == ' ')
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Lower case, punctuation as spaces, single spaces: "Kab. Musi-Rawas" and "kab musi rawas" compare equal.</summary>
    private static string Fold(string text)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', '.', ',', '-', '(', ')', '/', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
