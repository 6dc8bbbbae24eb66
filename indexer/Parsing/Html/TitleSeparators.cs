namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>
/// Where a page title joins its headline to a site name: " | ", " :: ", " » ", " · ", ": ", and dashes. A dash
/// separates when a space stands on either side of it ("Judul - Outlet", "Judul -Outlet", "Judul – Outlet"), or when it
/// is an en or em dash between letters ("Judul—Outlet"). A hyphen inside a word ("Menpan-RB", "Sehari-hari", "U-16")
/// and a dash between digits ("3-0", "2019–2024") join; cutting there loses the headline's start or end.
/// </summary>
internal static class TitleSeparators
{
    /// <summary>The kinds in the order they are tried: a pipe is surer than a dash, a dash surer than a colon.</summary>
    private static readonly string[] KindsInOrder = ["|", "-", "::", "»", "·", ":"];

    public static IReadOnlyList<string> Kinds => KindsInOrder;

    /// <summary>Each separator of one kind in the title, as its start and length, spaces included.</summary>
    public static List<(int Index, int Length)> Find(string title, string kind) =>
        kind == "-" ? Dashes(title) : Marks(title, kind);

    /// <summary>A pipe anywhere (no headline holds one); a colon with a space after it; the others with spaces around.</summary>
    private static List<(int Index, int Length)> Marks(string title, string mark)
    {
        var found = new List<(int, int)>();
        for (var at = title.IndexOf(mark, StringComparison.Ordinal); at > 0; at = title.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
        {
            var end = at + mark.Length;
            var separates = mark switch
            {
                "|" => true,
                ":" => end < title.Length && title[end] == ' ',
                _ => end < title.Length && title[end] == ' ' && title[at - 1] == ' ',
            };
            if (separates && end < title.Length)
            {
                found.Add(Widen(title, at, end));
            }
        }

        return found;
    }

    private static List<(int Index, int Length)> Dashes(string title)
    {
        var found = new List<(int, int)>();
        for (var at = 0; at < title.Length; at++)
        {
            if (!IsDash(title[at]))
            {
                continue;
            }

            var end = at + 1;
            while (end < title.Length && end - at < 2 && IsDash(title[end]))
            {
                end++;
            }

            if (at > 0 && end < title.Length && Separates(title, at, end))
            {
                found.Add(Widen(title, at, end));
            }

            at = end - 1;
        }

        return found;
    }

    private static bool Separates(string title, int at, int end)
    {
        var before = title[at - 1];
        var after = title[end];
        if (char.IsWhiteSpace(before) || char.IsWhiteSpace(after))
        {
            return true;
        }

        return title[at] != '-' && char.IsLetter(before) && char.IsLetter(after);
    }

    /// <summary>The separator with the spaces around it.</summary>
    private static (int Index, int Length) Widen(string title, int at, int end)
    {
        while (at > 0 && title[at - 1] == ' ')
        {
            at--;
        }

        while (end < title.Length && title[end] == ' ')
        {
            end++;
        }

        return (at, end - at);
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—';
}
