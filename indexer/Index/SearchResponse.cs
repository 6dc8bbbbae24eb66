using System.Text.Json.Serialization;

namespace NetralitasSearch.Indexer.Index;

/// <summary>The answer of a search: the JSON of <c>GET /api/search</c> and <c>./netralitas search --json</c>.</summary>
public sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>No document had every word, so the results are those with any of them, most of the words first.</summary>
    public bool Relaxed { get; init; }

    /// <summary>With <see cref="Relaxed"/>: how many documents have every word (none: that is when a search relaxes).</summary>
    public int? ExactTotal { get; init; }

    /// <summary>
    /// With <see cref="SearchRequest.PartialMatches"/>: the best stories holding most of the question's parts but not
    /// all, shown after <see cref="Hits"/> on the first page when the exact stories do not fill it (at most
    /// <see cref="Size"/> minus the exact hits). They are not in <see cref="Total"/> nor in the facets; each says how
    /// many parts it holds (<see cref="SearchHit.MatchedParts"/>). Empty otherwise.
    /// </summary>
    public IReadOnlyList<SearchHit> Partial { get; init; } = [];

    /// <summary>How many stories hold at least <see cref="PartialMin"/> of the parts but not all (the partial hits are the first of them).</summary>
    public int PartialTotal { get; init; }

    /// <summary>
    /// When the hits count the parts they hold (<see cref="Relaxed"/>, or partial matches were looked for): how many
    /// parts the question has (words, phrases, synonym groups; stop words dropped).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Parts { get; init; }

    /// <summary>When partial matches were looked for: the fewest parts a partial match holds (<see cref="PartialMatchRule.Minimum"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PartialMin { get; init; }

    /// <summary>
    /// With <see cref="SearchRequest.Months"/>: matches per month of their date, oldest first, counted as the total is
    /// (a collapsed story once, in the month of its earliest dated document). Undated matches are in no month: they are
    /// <see cref="Undated"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MonthCount>? Months { get; init; }

    /// <summary>
    /// With <see cref="SearchRequest.Months"/>: the matches with no plausible date (a story when none of its versions
    /// has one), counted beside the months so that the months and the undated add up to <see cref="Total"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Undated { get; init; }
}
