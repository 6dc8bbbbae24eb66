namespace NetralitasSearch.Functions.Scraping;

/// <summary>What robots.txt says about one URL: allowed, disallowed (with the rule), or unknown because robots.txt could not be fetched.</summary>
public sealed record RobotsVerdict(RobotsDecision Decision, string? Reason = null)
{
    public static readonly RobotsVerdict Allowed = new(RobotsDecision.Allowed);
}
