using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Reads the dateline that opens an Indonesian news story: "MUSI RAWAS, KABARSUMSEL.COM – ",
/// "TRIBUNSUMSEL.COM, PALEMBANG - ", "OKU,- ", "Palembang (ANTARA) - ", "Musi Rawas MT- ",
/// "Muaradua, LamanQu.id". The text itself is left as it is. A hyphen inside a word ("Menpan-RB", "Sehari-hari", "U-16")
/// never ends a dateline: "Status Pegawai KPK Jadi ASN, Ini Kata Menpan-RB" is a headline, not the places "Status
/// Pegawai KPK Jadi ASN" and "Ini Kata Menpan".
/// </summary>
public static partial class DatelineReader
{
    public static Dateline? Read(string firstParagraph)
    {
        var head = firstParagraph.Length > 120 ? firstParagraph[..120] : firstParagraph;
        var match = CouldBeDashed(head) ? Dashed().Match(head) : Match.Empty;
        if (match.Success && JoinsWords(head, head.IndexOfAny(['-', '–', '—'])))
        {
            match = Match.Empty;
        }

        if (!match.Success)
        {
            match = Undashed().Match(head);
            if (!match.Success)
            {
                return null;
            }
        }

        var prefix = match.Groups["prefix"].Value.Trim().TrimEnd(',').Trim();
        string? outlet = null;
        var agency = Agency().Match(prefix);
        if (agency.Success)
        {
            outlet = agency.Groups["agency"].Value;
            prefix = prefix.Remove(agency.Index, agency.Length).Trim();
        }

        var places = new List<string>();
        foreach (var part in prefix.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Contains('.', StringComparison.Ordinal) && !part.EndsWith('.'))
            {
                outlet ??= part;
            }
            else
            {
                places.Add(part);
            }
        }

        if (places.Count == 0 && outlet is null)
        {
            return null;
        }

        if (!places.All(IsPlaceLike))
        {
            return null;
        }

        return new Dateline(places, outlet) { Length = match.Length };
    }

    /// <summary>
    /// Whether the dash at <paramref name="at"/> joins two words rather than ending a dateline: a hyphen with a letter or
    /// digit on both sides ("Menpan-RB", "3-0"), or any dash between two digits ("2019–2024"). An en or em dash between
    /// letters does end one ("JAKARTA—Presiden"), as does any dash with a space or a comma beside it ("OKU,- ", "Jakarta- ").
    /// </summary>
    internal static bool JoinsWords(string text, int at)
    {
        if (at <= 0 || at + 1 >= text.Length)
        {
            return false;
        }

        var before = text[at - 1];
        var after = text[at + 1];
        return text[at] == '-'
            ? char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)
            : char.IsDigit(before) && char.IsDigit(after);
    }

    /// <summary>Each word starts with a capital (the press writes places in capitals or title case).</summary>
    private static bool IsPlaceLike(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5 && words.All(word => char.IsUpper(word[0]) || char.IsDigit(word[0]));
    }

    /// <summary>
    /// What <see cref="Dashed"/> needs, checked without backtracking (most openings are sentences, on which the
    /// pattern tries every way of cutting its first 40 letters): a capital or a digit first; a dash, before which
    /// stand only letters, digits, apostrophes, dots, commas, brackets and white space (the dash the pattern ends at
    /// is the first one, as no part of it holds a dash); and a first run of letters, digits, apostrophes and spaces
    /// of at most 41 characters, its trailing spaces aside (the pattern's first part is one such run of 1 + 40).
    /// </summary>
    internal static bool CouldBeDashed(string head)
    {
        if (head.Length == 0 || !(char.IsUpper(head[0]) || char.IsDigit(head[0])))
        {
            return false;
        }

        var run = 0;
        while (run < head.Length && IsRunCharacter(head[run]))
        {
            run++;
        }

        if (head.AsSpan(0, run).TrimEnd(' ').Length > 41)
        {
            return false;
        }

        foreach (var c in head)
        {
            if (c is '-' or '–' or '—')
            {
                return true;
            }

            if (!(IsRunCharacter(c) || char.IsWhiteSpace(c) || c is '.' or ',' or '(' or ')'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The characters of <c>[\p{L}\d'’ ]</c>.</summary>
    private static bool IsRunCharacter(char c) => char.IsLetter(c) || char.IsDigit(c) || c is '\'' or '’' or ' ';

    // One to three comma-separated parts (a place, an outlet domain, an agency in brackets), then a dash.
    [GeneratedRegex(@"^(?<prefix>[\p{Lu}\d][\p{L}\d'’ ]{0,40}(?:\.[\p{L}]{2,8}){0,2}(?:\s*\([A-Za-z .]+\))?(?:\s*,\s*[\p{Lu}\d][\p{L}\d'’ ]{0,40}(?:\.[\p{L}]{2,8}){0,2}(?:\s*\([A-Za-z .]+\))?){0,2})\s*,?\s*[-–—]{1,2}\s*", RegexOptions.CultureInvariant)]
    internal static partial Regex Dashed();

    [GeneratedRegex(@"^(?<prefix>[\p{Lu}][\p{L} ]{1,40},\s*[A-Za-z][\w-]*\.(?:co\.id|com|id|net|org|news|example))", RegexOptions.CultureInvariant)]
    private static partial Regex Undashed();

    [GeneratedRegex(@"\((?<agency>[A-Za-z][A-Za-z .]{1,30})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Agency();
}
