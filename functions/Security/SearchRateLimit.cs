using System.Threading.RateLimiting;

namespace NetralitasSearch.Functions.Security;

/// <summary>
/// The rate limit of the <see cref="RateLimitedAttribute"/> functions per client address:
/// <c>Search:RateLimit:PerSecond</c> and <c>:Burst</c>, a token bucket each, the same on both hosts.
/// </summary>
public sealed record SearchRateLimit(int PerSecond, int Burst)
{
    public const string Policy = "search";

    public const string Refusal = "Too many searches from this address; wait a second.";

    public static SearchRateLimit From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue("Search:RateLimit:PerSecond", 50)),
        Math.Max(1, configuration.GetValue("Search:RateLimit:Burst", 100)));

    /// <summary>The bucket of the request's client address.</summary>
    public RateLimitPartition<string> Partition(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RateLimitPartition.GetTokenBucketLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new TokenBucketRateLimiterOptions { TokenLimit = Burst, TokensPerPeriod = PerSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0 });
    }
}
