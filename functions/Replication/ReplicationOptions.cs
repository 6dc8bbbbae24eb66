using System.Globalization;

namespace NetralitasSearch.Functions.Replication;

/// <summary>The roles' settings: where commits are published, how often readers look, how long old ones stay.</summary>
public sealed record ReplicationOptions
{
    /// <summary>The instance's role (<c>Index:Role</c>).</summary>
    public IndexRole Role { get; init; } = IndexRole.All;

    /// <summary>The container of published commits: <c>files/</c> (segment files) and <c>manifests/</c> (<c>Storage:IndexContainer</c>).</summary>
    public string Container { get; init; } = "index";

    /// <summary>The queue on which ingestion tells the writer which documents changed (<c>Storage:IndexQueue</c>).</summary>
    public string ChangeQueue { get; init; } = "index-changes";

    /// <summary>The lock blob (in the host container) whose lease makes an instance the writer.</summary>
    public string LeaseBlob { get; init; } = "locks/index-writer";

    /// <summary>How often a reader looks for a newer manifest (<c>Replication:PollInterval</c>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The writer lease; a dead holder's lease runs out within it (15–60 s, Azure's bounds; <c>Replication:LeaseDuration</c>).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a published generation stays after a newer one (readers still copying it finish; <c>Replication:KeepFor</c>).</summary>
    public TimeSpan KeepFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Generations always kept, whatever their age.</summary>
    public int KeepAtLeast { get; init; } = 3;

    /// <summary>A pause after each file uploaded, to hold a publication open (fault tests kill a writer in it; <c>Replication:UploadPause</c>).</summary>
    public TimeSpan UploadPause { get; init; } = TimeSpan.Zero;

    public static ReplicationOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ReplicationOptions();
        var role = configuration["Index:Role"];
        return new ReplicationOptions
        {
            Role = string.IsNullOrWhiteSpace(role) ? IndexRole.All
                : Enum.TryParse<IndexRole>(role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _) ? parsed
                : throw new InvalidOperationException($"Index:Role (Index__Role) is '{role}'; it must be all, writer or reader."),
            Container = configuration["Storage:IndexContainer"] ?? defaults.Container,
            ChangeQueue = configuration["Storage:IndexQueue"] ?? defaults.ChangeQueue,
            PollInterval = Time(configuration, "Replication:PollInterval", defaults.PollInterval),
            LeaseDuration = Time(configuration, "Replication:LeaseDuration", defaults.LeaseDuration),
            KeepFor = Time(configuration, "Replication:KeepFor", defaults.KeepFor),
            UploadPause = Time(configuration, "Replication:UploadPause", defaults.UploadPause),
        };
    }

    private static TimeSpan Time(IConfiguration configuration, string key, TimeSpan fallback) =>
        configuration[key] is not { Length: > 0 } text ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero ? value
        : throw new InvalidOperationException($"{key} is '{text}'; it must be a time span such as 00:00:20.");
}
