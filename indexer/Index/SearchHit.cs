using System.Text.Json.Serialization;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>One result. <see cref="Snippet"/> is HTML: the text is escaped and matched words are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Id,
    string File,
    string Title,
    string? Url,
    DateOnly? Published,
    string? Source,
    IReadOnlyList<string> Regencies,
    IReadOnlyList<PersonEntity> Persons,
    string Snippet,
    double Score)
{
    public IReadOnlyList<string> Provinces { get; init; } = [];

    public IReadOnlyList<string> Violations { get; init; } = [];

    public DateOnly? EventDate { get; init; }

    /// <summary>The same-story cluster of the document (pass it as <c>cluster=</c> to list every version).</summary>
    public string? Cluster { get; init; }

    /// <summary>How many other documents tell the same story.</summary>
    public int Duplicates { get; init; }

    /// <summary>The other outlets that published the same story ("also published by N outlets").</summary>
    public IReadOnlyList<string> AlsoPublishedBy { get; init; } = [];

    /// <summary>
    /// For a partial hit or a relaxed search's hit: how many of the question's parts its story holds (in its best
    /// matching version). Absent for an exact hit, which holds them all.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MatchedParts { get; init; }
}
