namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Reads a URL list as journalists keep them: one URL a line, blank lines and lines starting with <c>#</c>
/// ignored, surrounding spaces and a UTF-8 BOM tolerated. A line that is not a fetchable URL is reported, never
/// fatal; a URL listed twice is fetched once. Pure: no I/O.
/// </summary>
public static class UrlListParser
{
    /// <summary>Rejected lines are quoted up to this many characters.</summary>
    public const int MaxQuotedLine = 200;

    public static UrlList Parse(string text, int maxUrls)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrls, 1);

        var urls = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<RejectedLine>();
        var number = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!UrlNormalizer.TryParse(line, out var url, out var reason))
            {
                rejected.Add(new RejectedLine(number, Quote(line), reason));
                continue;
            }

            if (!seen.Add(UrlNormalizer.Key(url)))
            {
                continue;
            }

            if (urls.Count == maxUrls)
            {
                rejected.Add(new RejectedLine(number, Quote(line), $"the list has more than {maxUrls} URLs (Scraper:MaxUrlsPerList)"));
                continue;
            }

            urls.Add(url);
        }

        return new UrlList(urls, rejected);
    }

    private static string Quote(string line) => line.Length <= MaxQuotedLine ? line : line[..MaxQuotedLine] + "…";
}
