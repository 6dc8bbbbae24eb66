namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// Reads a URL list as journalists keep them: one URL a line, blank lines and comments (from a <c>#</c> at the
/// start of a line or after whitespace) ignored, surrounding spaces and a UTF-8 BOM tolerated. A line that is not a fetchable URL is reported, never
/// fatal; a URL listed twice is fetched once. Each rejected line becomes a ledger entry, so a file of garbage is
/// reported line by line only up to <see cref="MaxRejectedLines"/>, then in one entry. Pure: no I/O.
/// </summary>
public static class UrlListParser
{
    /// <summary>Rejected lines are quoted up to this many characters.</summary>
    public const int MaxQuotedLine = 200;

    /// <summary>Rejected lines reported one by one; the rest are counted in one more entry.</summary>
    public const int MaxRejectedLines = 100;

    public static UrlList Parse(string text, int maxUrls)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrls, 1);

        var urls = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<RejectedLine>();
        var unreported = 0;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = WithoutComment(lines[index]);
            if (line.Length == 0)
            {
                continue;
            }

            var reason = ExtraText(line);
            if (reason is not null || !UrlNormalizer.TryParse(line, out var url, out reason))
            {
                if (rejected.Count < MaxRejectedLines)
                {
                    rejected.Add(new RejectedLine(index + 1, Quote(line), reason));
                }
                else
                {
                    unreported++;
                }

                continue;
            }

            if (!seen.Add(UrlNormalizer.Key(url)))
            {
                continue;
            }

            if (urls.Count == maxUrls)
            {
                rejected.Add(new RejectedLine(index + 1, Quote(line), $"the list has more than {maxUrls} URLs (Scraper:MaxUrlsPerList): this line and the ones after it are not read"));
                break;
            }

            urls.Add(url);
        }

        if (unreported > 0)
        {
            rejected.Add(new RejectedLine(0, "", $"{unreported} more lines are not URLs either"));
        }

        return new UrlList(urls, rejected);
    }

    /// <summary>The line without a comment: one starts the line or follows whitespace ("https://… # feed"); a '#' inside a URL is its fragment.</summary>
    private static string WithoutComment(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('#'))
        {
            return "";
        }

        for (var i = 1; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '#' && char.IsWhiteSpace(trimmed[i - 1]))
            {
                return trimmed[..i].TrimEnd();
            }
        }

        return trimmed;
    }

    /// <summary>Why a line with spaces is refused: a URL followed by other text, or no URL at all. Null without spaces.</summary>
    private static string? ExtraText(string line)
    {
        var space = line.IndexOfAny([' ', '\t']);
        if (space < 0)
        {
            return null;
        }

        return UrlNormalizer.TryParse(line[..space], out _, out _) ? "a line holds one URL and nothing else (a comment starts with ' #')" : "not an absolute URL";
    }

    private static string Quote(string line) => line.Length <= MaxQuotedLine ? line : line[..MaxQuotedLine] + "…";
}
