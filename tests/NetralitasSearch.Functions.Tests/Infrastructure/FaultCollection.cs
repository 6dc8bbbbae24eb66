namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// The fault tests: each starts, kills and stops its own Azurite and host, and together they ingest thousands of
/// blobs, so they run one at a time and alone, after the other collections (./test.sh --faults runs only them).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
