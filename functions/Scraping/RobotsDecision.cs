namespace NetralitasSearch.Functions.Scraping;

public enum RobotsDecision
{
    Allowed,

    /// <summary>The site's robots.txt disallows the URL, or the site answered robots.txt with a server error.</summary>
    Disallowed,

    /// <summary>robots.txt could not be fetched at all (refused address, no such host, timeout): the URL cannot be either.</summary>
    Unreachable,
}
