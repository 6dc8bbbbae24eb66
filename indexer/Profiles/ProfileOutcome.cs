using System.Diagnostics.CodeAnalysis;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>A profile, or why there is none (with names that come close, for a "did you mean").</summary>
public sealed record ProfileOutcome<T>(T? Profile, ProfileProblem Problem, string? Error)
    where T : class
{
    /// <summary>With <see cref="ProfileProblem.NotFound"/>: names the index holds that contain the words asked for.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    [MemberNotNullWhen(true, nameof(Profile))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Profile is not null;

    public static ProfileOutcome<T> Found(T profile) => new(profile, default, null);

    public static ProfileOutcome<T> Bad(string error) => new(null, ProfileProblem.BadRequest, error);

    public static ProfileOutcome<T> Missing(string error, IReadOnlyList<string>? suggestions = null) =>
        new(null, ProfileProblem.NotFound, error) { Suggestions = suggestions ?? [] };
}
