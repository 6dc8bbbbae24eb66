using System.Collections.Frozen;

namespace NetralitasSearch.Indexer.Text;

/// <summary>
/// Indonesian month and day names as the press writes them (id-ID full names, the usual abbreviations and
/// old spellings such as "Pebruari" and "Nopember"). Culture is explicit: never the machine's.
/// </summary>
public static class IndonesianCalendar
{
    private static readonly FrozenDictionary<string, int> MonthNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1,
        ["jan"] = 1,
        ["january"] = 1,
        ["februari"] = 2,
        ["pebruari"] = 2,
        ["feb"] = 2,
        ["peb"] = 2,
        ["february"] = 2,
        ["maret"] = 3,
        ["mar"] = 3,
        ["march"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["mei"] = 5,
        ["may"] = 5,
        ["juni"] = 6,
        ["jun"] = 6,
        ["june"] = 6,
        ["juli"] = 7,
        ["jul"] = 7,
        ["july"] = 7,
        ["agustus"] = 8,
        ["agu"] = 8,
        ["agt"] = 8,
        ["ags"] = 8,
        ["agust"] = 8,
        ["aug"] = 8,
        ["august"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["oktober"] = 10,
        ["okt"] = 10,
        ["oct"] = 10,
        ["october"] = 10,
        ["november"] = 11,
        ["nopember"] = 11,
        ["nov"] = 11,
        ["nop"] = 11,
        ["desember"] = 12,
        ["des"] = 12,
        ["dec"] = 12,
        ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A regular-expression alternation of every month spelling, longest first.</summary>
    public static string MonthPattern { get; } = string.Join('|', MonthNumbers.Keys.OrderByDescending(k => k.Length));

    /// <summary>Day names (Senin..Minggu, with "Ahad" and "Jum'at").</summary>
    public static string DayPattern { get; } = "Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad";

    public static bool TryGetMonth(string name, out int month)
    {
        var trimmed = name.TrimEnd('.');
        return MonthNumbers.TryGetValue(trimmed, out month);
    }

    /// <summary>Builds a date, or null when the parts are not a real calendar day.</summary>
    public static DateOnly? TryCreate(int year, int month, int day)
    {
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Two-digit years are 20xx: the press of this field writes "24/6/24" for 2024.</summary>
    public static int ExpandYear(int year) => year < 100 ? 2000 + year : year;
}
