using System.Globalization;
using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Reads a publication date from machine values (ISO 8601 in meta tags, JSON-LD, time elements) and from
/// visible lines ("Senin, 24 Juni 2024 10:15 WIB", "Kompas.com - 24/06/2024, 10:15 WIB", "(24/6/2024)"), including the
/// year-first ("2024/03/14 10:05") and English month-first ("Nov 9, 2022") forms that CMS templates print.
/// The date is the one the page shows: an offset in the value is kept, and a UTC value is read in WIB.
/// </summary>
public static partial class PublishedDateReader
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static DateOnly? FromMachineValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var iso = IsoDate().Match(trimmed);
        if (!iso.Success)
        {
            return FromVisibleText(trimmed);
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp) && HasExplicitUtc(trimmed))
        {
            return DateOnly.FromDateTime(stamp.ToOffset(Wib).DateTime);
        }

        return IndonesianCalendar.TryCreate(Number(iso.Groups["y"]), Number(iso.Groups["m"]), Number(iso.Groups["d"]));
    }

    /// <summary>The first date written in a visible line, or null.</summary>
    public static DateOnly? FromVisibleText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match match in VisibleDate().Matches(text))
        {
            DateOnly? date = null;
            if (match.Groups["month"].Success && IndonesianCalendar.TryGetMonth(match.Groups["month"].Value, out var month))
            {
                date = IndonesianCalendar.TryCreate(Number(match.Groups["year"]), month, Number(match.Groups["day"]));
            }
            else if (match.Groups["nd"].Success)
            {
                date = IndonesianCalendar.TryCreate(IndonesianCalendar.ExpandYear(Number(match.Groups["ny"])), Number(match.Groups["nm"]), Number(match.Groups["nd"]));
            }
            else if (match.Groups["mmonth"].Success && IndonesianCalendar.TryGetMonth(match.Groups["mmonth"].Value, out var named))
            {
                date = IndonesianCalendar.TryCreate(Number(match.Groups["myear"]), named, Number(match.Groups["mday"]));
            }
            else if (match.Groups["iy"].Success)
            {
                date = IndonesianCalendar.TryCreate(Number(match.Groups["iy"]), Number(match.Groups["im"]), Number(match.Groups["id"]));
            }

            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether a machine value is a UTC stamp ("2024-08-20T16:45:00.000Z"), which says nothing of the local day.</summary>
    public static bool IsUtc(string? value) => value is not null && IsoDate().IsMatch(value.Trim()) && HasExplicitUtc(value.Trim());

    private static bool HasExplicitUtc(string value) => value.EndsWith('Z') || value.EndsWith("+00:00", StringComparison.Ordinal) || value.EndsWith("+0000", StringComparison.Ordinal);

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"\b(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>(?:19|20)\d{2})\b" +
        @"|\b(?<nd>\d{1,2})[/.-](?<nm>\d{1,2})[/.-](?<ny>(?:19|20)?\d{2})\b" +
        @"|\b(?<mmonth>[A-Za-z]{3,9})\.?\s+(?<mday>\d{1,2}),?\s+(?<myear>(?:19|20)\d{2})\b" +
        @"|\b(?<iy>(?:19|20)\d{2})(?<sep>[/.-])(?<im>\d{1,2})\k<sep>(?<id>\d{1,2})\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex VisibleDate();
}
