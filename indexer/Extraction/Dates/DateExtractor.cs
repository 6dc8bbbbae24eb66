using System.Globalization;
using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Dates;

/// <summary>
/// Every concrete date in the text, in the forms the Indonesian press writes them: "24 Juni 2024",
/// "Senin (24-06-2024)", "(19/8/2024)" (day first), "12 Sept 2024", ranges "14-16 Oktober 2024", and
/// "9 Desember nanti" with the year taken from the text or the publication date. The event date is
/// the first date written with its day name ("kata X, Senin (24/6/2024)"), else the first date.
/// </summary>
public sealed partial class DateExtractor : IEntityExtractor
{
    /// <summary>A range longer than this is not expanded day by day (it is a period, not dates).</summary>
    private const int MaxRangeDays = 31;

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var text = context.Text;
        var mentions = new List<DateMention>();
        var taken = new List<(int Start, int End)>();

        foreach (Match match in Range().Matches(text))
        {
            if (!IndonesianCalendar.TryGetMonth(match.Groups["month"].Value, out var month))
            {
                continue;
            }

            var hasYear = match.Groups["year"].Success;
            var fromMonth = match.Groups["fromMonth"].Success && IndonesianCalendar.TryGetMonth(match.Groups["fromMonth"].Value, out var m) ? m : month;
            var year = hasYear ? Number(match.Groups["year"]) : InferYear(text, match.Index, (Number(match.Groups["to"]), month), (Number(match.Groups["from"]), fromMonth), context.Published);
            if (year is null)
            {
                continue;
            }

            var from = IndonesianCalendar.TryCreate(year.Value, fromMonth, Number(match.Groups["from"]));
            var to = IndonesianCalendar.TryCreate(year.Value, month, Number(match.Groups["to"]));
            if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > MaxRangeDays)
            {
                continue;
            }

            for (var day = from.Value; day <= to.Value; day = day.AddDays(1))
            {
                mentions.Add(new DateMention(day, match.Index, match.Length, HasDayName(text, match.Index), !hasYear));
            }

            taken.Add((match.Index, match.Index + match.Length));
        }

        foreach (Match match in Written().Matches(text))
        {
            if (Overlaps(taken, match) || !IndonesianCalendar.TryGetMonth(match.Groups["month"].Value, out var month))
            {
                continue;
            }

            var hasYear = match.Groups["year"].Success;
            if (!hasYear && !IsFullMonthName(match.Groups["month"].Value))
            {
                continue;
            }

            var day = Number(match.Groups["day"]);
            var year = hasYear ? Number(match.Groups["year"]) : InferYear(text, match.Index, (day, month), (day, month), context.Published);
            if (year is not null && IndonesianCalendar.TryCreate(year.Value, month, day) is { } date)
            {
                mentions.Add(new DateMention(date, match.Index, match.Length, HasDayName(text, match.Index), !hasYear));
                taken.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (Match match in Numeric().Matches(text))
        {
            if (Overlaps(taken, match))
            {
                continue;
            }

            var date = match.Groups["iy"].Success
                ? IndonesianCalendar.TryCreate(Number(match.Groups["iy"]), Number(match.Groups["im"]), Number(match.Groups["id"]))
                : IndonesianCalendar.TryCreate(IndonesianCalendar.ExpandYear(Number(match.Groups["y"])), Number(match.Groups["m"]), Number(match.Groups["d"]));
            if (date is not null)
            {
                mentions.Add(new DateMention(date.Value, match.Index, match.Length, HasDayName(text, match.Index), false));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var date in mentions.Select(m => m.Date).Distinct().Order())
        {
            entities.Dates.Add(date);
        }

        foreach (var mention in mentions.DistinctBy(m => (m.Start, m.Date)))
        {
            entities.Spans.Add(new EntitySpan(EntityType.Date, mention.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mention.Start, mention.Length));
        }

        entities.EventDate = mentions.FirstOrDefault(m => m.WithDayName)?.Date ?? mentions.FirstOrDefault()?.Date;
    }

    /// <summary>
    /// The year of a date written without one: the publication year when the day and month are the publication's (for a
    /// range, either end: "mulai Sabtu ini, 14 September hingga 22 September" published on 14 September 2019, with "16
    /// September hingga 3 Oktober 2020" further on), else the year of the same day and month written in full elsewhere,
    /// else of the nearest full date, else a year written in the same sentence, else the publication year.
    /// </summary>
    private static int? InferYear(string text, int position, (int Day, int Month) date, (int Day, int Month) start, DateOnly? published)
    {
        if (published is { } p && ((p.Month == date.Month && p.Day == date.Day) || (p.Month == start.Month && p.Day == start.Day)))
        {
            return p.Year;
        }

        int? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (Match match in Written().Matches(text))
        {
            if (!match.Groups["year"].Success || !IndonesianCalendar.TryGetMonth(match.Groups["month"].Value, out var m))
            {
                continue;
            }

            var year = Number(match.Groups["year"]);
            var day = Number(match.Groups["day"]);
            if ((m == date.Month && day == date.Day) || (m == start.Month && day == start.Day))
            {
                return year;
            }

            var distance = Math.Abs(match.Index - position);
            if (distance < nearestDistance)
            {
                nearest = year;
                nearestDistance = distance;
            }
        }

        foreach (Match match in Numeric().Matches(text))
        {
            var distance = Math.Abs(match.Index - position);
            if (distance < nearestDistance && match.Groups["y"].Success)
            {
                nearest = IndonesianCalendar.ExpandYear(Number(match.Groups["y"]));
                nearestDistance = distance;
            }
        }

        if (nearest is not null)
        {
            return nearest;
        }

        var sentenceStart = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, position - 1)));
        var sentenceEnd = text.IndexOfAny(['.', '\n'], position);
        var sentence = text[sentenceStart..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        var written = Year().Match(sentence);
        if (written.Success)
        {
            return Number(written.Groups["year"]);
        }

        var anywhere = Year().Match(text);
        return published?.Year ?? (anywhere.Success ? Number(anywhere.Groups["year"]) : null);
    }

    /// <summary>Year-less dates need the full month name: "9 Desember nanti" is a date, "9 Des" alone is too risky.</summary>
    private static bool IsFullMonthName(string name)
    {
        var bare = name.TrimEnd('.');
        return bare.Length >= 5 || bare.Equals("mei", StringComparison.OrdinalIgnoreCase) || bare.Equals("juni", StringComparison.OrdinalIgnoreCase) || bare.Equals("juli", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasDayName(string text, int index)
    {
        var from = Math.Max(0, index - 14);
        return DayName().IsMatch(text.AsSpan(from, index - from));
    }

    private static bool Overlaps(List<(int Start, int End)> taken, Match match) =>
        taken.Any(span => match.Index < span.End && match.Index + match.Length > span.Start);

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<from>\d{1,2})(?:\s+(?<fromMonth>Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember))?\s*(?:-|–|—|s\.?d\.?|s/d|sampai(?: dengan)?|hingga)\s*(?<to>\d{1,2})\s+(?<month>Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sept|Sep|Okt|Nov|Des)\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agust|Sept|Sep|Okt|Nov|Nop|Des)\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Written();

    [GeneratedRegex(@"(?<![\d/.-])(?:(?<d>\d{1,2})(?<sep>[/-])(?<m>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2}|\d{2})|(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})|(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2}))(?![\d/.-]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b[\s,(]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayName();
}
