namespace NetralitasSearch.Functions.Security;

/// <summary>The search API's rate limit per client address: <c>Search:RateLimit:PerSecond</c> and <c>:Burst</c>.</summary>
public sealed record SearchRateLimit(int PerSecond, int Burst)
{
    public const string Policy = "search";

    public static SearchRateLimit From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue("Search:RateLimit:PerSecond", 50)),
        Math.Max(1, configuration.GetValue("Search:RateLimit:Burst", 100)));
}
