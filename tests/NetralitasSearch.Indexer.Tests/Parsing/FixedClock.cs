using System.Globalization;

namespace NetralitasSearch.Indexer.Tests.Parsing;

/// <summary>A clock that always says the same instant: the time of ingestion a test wants the parser to see.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock At(string instant) => new(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
