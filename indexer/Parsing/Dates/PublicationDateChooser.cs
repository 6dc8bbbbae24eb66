using System.Globalization;

namespace NetralitasSearch.Indexer.Parsing.Dates;

/// <summary>
/// Takes the first candidate that is plausible as the document's publication date, best source first. A date is not
/// plausible when it is after the day the file is read (in WIT, Indonesia's easternmost time, so no local date is
/// refused too early), when it is a CMS placeholder (the Unix epoch, 1900-01-01), or when it lies more than
/// <see cref="ParsingOptions.MaxYearsBeforeReportedEvents"/> years before the time the text reports (see
/// <see cref="ReportedYears"/>): a 2024 article is not dated 1967 by a "perang 1967" that a date element or a stamp
/// line picked up. Each refused date is noted; with none left, the document is undated and the notes say so.
/// </summary>
internal static class PublicationDateChooser
{
    /// <summary>At most this many candidates are weighed: a page with thousands of date elements stays bounded.</summary>
    public const int MaxCandidates = 32;

    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    private static readonly DateOnly[] Placeholders = [new(1970, 1, 1), new(1900, 1, 1)];

    /// <summary>The day it is now where the day is latest in Indonesia: no publication date can be after it.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Wit).DateTime);
    }

    /// <param name="candidates">Candidate dates, best source first (read lazily: the rest is not looked for once one is taken).</param>
    /// <param name="texts">The title and the paragraphs: the years they write are the time the document reports.</param>
    public static DateOnly? Choose(IEnumerable<DateCandidate> candidates, IEnumerable<string> texts, ParsingOptions options, ParseNotes notes)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notes);

        var today = Today(options.Clock);
        ReportedYears? reported = null;
        var refused = 0;
        foreach (var candidate in candidates.Take(MaxCandidates))
        {
            reported ??= ReportedYears.In(texts, today.Year);
            var reason = Implausible(candidate, today, reported, options.MaxYearsBeforeReportedEvents);
            if (reason is null)
            {
                return candidate.Date;
            }

            notes.Add($"The date {Iso(candidate.Date)} ({Describe(candidate.Origin)}) was not taken as the publication date: {reason}.");
            refused++;
        }

        if (refused > 0)
        {
            notes.Add("No plausible publication date was found: the document is undated.");
        }

        return null;
    }

    /// <summary>Why a date cannot be the publication date, in words for the notes; null when it can.</summary>
    public static string? Implausible(DateCandidate candidate, DateOnly today, ReportedYears reported, int maxYearsBefore)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reported);
        var date = candidate.Date;
        if (date > today)
        {
            return $"it is after the day the file was read ({Iso(today)})";
        }

        if (Placeholders.Contains(date))
        {
            return "it is a placeholder date that publishing systems write when they have none";
        }

        var median = ReadFromText(candidate.Origin) ? reported.MedianWithout(date.Year) : reported.Median;
        if (median - date.Year > maxYearsBefore)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it is {median - date.Year} years before the time the text reports (the years it writes centre on {median})");
        }

        return null;
    }

    /// <summary>Dates written in the text itself, which <see cref="ReportedYears"/> also counted.</summary>
    private static bool ReadFromText(DateOrigin origin) => origin is DateOrigin.ShownOnPage or DateOrigin.StampLine or DateOrigin.Dateline or DateOrigin.CircularSigning;

    private static string Describe(DateOrigin origin) => origin switch
    {
        DateOrigin.FrontMatter => "from the front matter",
        DateOrigin.Metadata => "from the page's metadata",
        DateOrigin.ShownOnPage => "shown on the page beside the article",
        DateOrigin.StampLine => "from a date line at the top of the text",
        DateOrigin.Dateline => "from the dateline of the opening paragraphs",
        DateOrigin.CircularSigning => "the circular's signing date",
        _ => origin.ToString(),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
