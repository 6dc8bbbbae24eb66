using System.Globalization;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing.Dates;

/// <summary>
/// The years a text reports: every year it writes, in a date ("Senin (14/10/2024)", "27 November 2024") or alone
/// ("Pilkada 2024", "perang 1967"), up to the year the file is read (later years are plans, "Indonesia Emas 2045",
/// not events). Their lower median is the time the text is about; one historical mention does not move it.
/// </summary>
internal sealed partial class ReportedYears
{
    private readonly int[] years;

    private ReportedYears(int[] years) => this.years = years;

    /// <summary>How many years the text writes (up to the reading year).</summary>
    public int Count => years.Length;

    /// <summary>The lower median of the years written, or null when the text writes none.</summary>
    public int? Median => years.Length == 0 ? null : years[(years.Length - 1) / 2];

    /// <summary>
    /// The lower median of the years written, one writing of <paramref name="year"/> left out: a date read from the text
    /// (a stamp line, a dateline) is not evidence for itself.
    /// </summary>
    public int? MedianWithout(int year)
    {
        var at = Array.BinarySearch(years, year);
        if (at < 0)
        {
            return Median;
        }

        var count = years.Length - 1;
        if (count == 0)
        {
            return null;
        }

        var middle = (count - 1) / 2;
        return years[middle < at ? middle : middle + 1];
    }

    public static ReportedYears In(IEnumerable<string> texts, int latestYear)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var found = new List<int>();
        foreach (var text in texts)
        {
            foreach (Match match in Year().Matches(text))
            {
                var year = int.Parse(match.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (year <= latestYear)
                {
                    found.Add(year);
                }
            }
        }

        found.Sort();
        return new ReportedYears([.. found]);
    }

    /// <summary>
    /// A year from 1900 to 2099 standing alone or in a date; not a piece of a longer number ("Rp 2.019.000", "20195"),
    /// a decimal ("1967,5") or a word ("2000an").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:19|20)\d{2}(?![\p{L}\d]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
