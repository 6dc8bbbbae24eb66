using System.Text.Json;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>The ids of <see cref="ViolationKind"/> as users type them ("social-media").</summary>
public static class ViolationKinds
{
    public static string Id(ViolationKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<ViolationKind>().Select(Id).ToList();

    public static string Id(ViolationMode mode) => JsonNamingPolicy.KebabCaseLower.ConvertName(mode.ToString());

    public static bool TryParse(string id, out ViolationKind kind)
    {
        foreach (var candidate in Enum.GetValues<ViolationKind>())
        {
            if (string.Equals(Id(candidate), id.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
