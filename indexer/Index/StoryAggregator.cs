using System.Globalization;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The buckets of an aggregate over a result's stories. A story counts once in a value when any of its matching
/// versions has the value (as facets count), a document once per value it has; a second field's values are those of
/// the same documents, so each count is the total that filtering by both values gives.
/// </summary>
internal sealed class StoryAggregator(StorySet stories, ValuesCache cache, Gazetteer gazetteer)
{
    public List<AggregateBucket> Buckets(AggregateField by, AggregateField? then, int? limit)
    {
        var top = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenPairs = new HashSet<(string, string)>();
        foreach (var story in stories.Scratch.Touched)
        {
            seen.Clear();
            seenPairs.Clear();
            foreach (var (leaf, doc) in stories.Matches(story))
            {
                var inner = then is { } second ? Values(second, leaf, doc) : [];
                foreach (var value in Values(by, leaf, doc))
                {
                    var tally = top.TryGetValue(value, out var known) ? known : top[value] = new Tally();
                    tally.Documents++;
                    tally.Count += seen.Add(value) ? 1 : 0;
                    foreach (var other in inner)
                    {
                        var child = tally.Children.TryGetValue(other, out var knownChild) ? knownChild : tally.Children[other] = new Tally();
                        child.Documents++;
                        child.Count += seenPairs.Add((value, other)) ? 1 : 0;
                    }
                }
            }
        }

        return Ordered(top, limit);
    }

    private static List<AggregateBucket> Ordered(Dictionary<string, Tally> tallies, int? limit) =>
        tallies.OrderByDescending(t => t.Value.Count).ThenByDescending(t => t.Value.Documents).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .Select(t => new AggregateBucket(t.Key, t.Value.Count, t.Value.Documents, Ordered(t.Value.Children, limit)))
            .ToList();

    /// <summary>A document's distinct values of a field, as the facets name them.</summary>
    private List<string> Values(AggregateField field, int leaf, int doc)
    {
        var values = stories.Leaves[leaf];
        if (field == AggregateField.Month)
        {
            var day = values.Days[doc];
            return day < 0 ? [] : [DateOnly.FromDayNumber(day).ToString("yyyy-MM", CultureInfo.InvariantCulture)];
        }

        var kind = field switch
        {
            AggregateField.Regency => FacetKind.Regency,
            AggregateField.Province => FacetKind.Province,
            AggregateField.Person => FacetKind.Person,
            AggregateField.Position => FacetKind.Position,
            AggregateField.Violation => FacetKind.Violation,
            AggregateField.Source => FacetKind.Source,
            _ => FacetKind.Year,
        };
        var result = new List<string>();
        foreach (var entry in values.Of(doc))
        {
            if (SegmentValues.KindOf(entry) != kind)
            {
                continue;
            }

            var id = entry & SegmentValues.IdMask;
            var name = kind switch
            {
                FacetKind.Year => id.ToString(CultureInfo.InvariantCulture),
                FacetKind.Regency or FacetKind.Province => gazetteer.ByCode(cache.Names(kind).Value(id))?.DisplayName ?? cache.Names(kind).Value(id),
                _ => cache.Names(kind).Value(id),
            };
            if (!result.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    private sealed class Tally
    {
        public int Count { get; set; }

        public int Documents { get; set; }

        public Dictionary<string, Tally> Children { get; } = new(StringComparer.Ordinal);
    }
}
