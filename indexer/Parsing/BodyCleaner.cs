using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Removes the lines outlets insert into article bodies ("Baca juga: ...", "ADVERTISEMENT", credits) and
/// takes bylines ("Pewarta: X") and the closing initials ("(gun)", "(rls/ant)") out of the text.
/// </summary>
internal static partial class BodyCleaner
{
    public static CleanedBody Clean(IEnumerable<string> paragraphs, int maxTextLength, ParseNotes? notes = null) =>
        Clean(paragraphs.Select(paragraph => new BodyBlock(paragraph)), maxTextLength, notes);

    public static CleanedBody Clean(IEnumerable<BodyBlock> blocks, int maxTextLength, ParseNotes? notes = null)
    {
        var kept = new List<string>();
        var bylines = new List<Byline>();
        string? author = null;
        var length = 0;

        foreach (var (raw, isTableRow) in blocks.SelectMany(SplitCredits))
        {
            var paragraph = AfterEmptyPrompt(raw.Trim());
            if (paragraph.Length == 0)
            {
                continue;
            }

            if (isTableRow)
            {
                // A data table's row is kept as it is: "2024 | 1.250 | 3,4%" is data, where a line of digits alone is a counter.
                if (!Append(paragraph, kept, ref length, maxTextLength, notes))
                {
                    break;
                }

                continue;
            }

            // Credit lines first: "Editor: X" is also a noise prefix, but its name is worth keeping.
            var byline = Byline().Match(paragraph);
            if (byline.Success && paragraph.Length <= 120 && IsBylineName(byline))
            {
                var role = byline.Groups["role"].Value;
                var name = byline.Groups["name"].Value.Trim().TrimEnd('.', ',');
                bylines.Add(new Byline(char.ToUpperInvariant(role[0]) + role[1..].ToLowerInvariant(), name));
                if (role.ToLowerInvariant() is not ("editor" or "redaktur" or "penyunting"))
                {
                    author ??= name;
                }

                continue;
            }

            if (IsNoise(paragraph) || (kept.Count < 2 && paragraph.Length <= BodyLineRules.MaxStampLineLength && StampLine().IsMatch(paragraph)))
            {
                // The second test: a byline and time stamp above the text ("Rahmat Hidayat · Rabu, 2 Oktober 2024 09:15 WIB"), or
                // a date alone on its line ("Senin, 14 Oktober 2024").
                continue;
            }

            if (!Append(paragraph, kept, ref length, maxTextLength, notes))
            {
                break;
            }
        }

        string? initials = null;
        while (kept.Count > 0)
        {
            var last = kept[^1];
            var match = TrailingInitials().Match(last);
            if (!match.Success || !LooksLikeInitials(match.Groups["initials"].Value))
            {
                // A closing paragraph that is only a short credit in brackets: "(LenteraKalbar.com/Sahirul Hakim)".
                if (StandaloneCredit().IsMatch(last) && last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
                {
                    kept.RemoveAt(kept.Count - 1);
                    continue;
                }

                break;
            }

            initials ??= match.Groups["initials"].Value;
            var rest = last[..match.Index].TrimEnd();
            if (rest.Length == 0)
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept[^1] = rest;
            break;
        }

        return new CleanedBody(kept, author, initials, bylines);
    }

    /// <summary>Keeps a paragraph within the text limit; false when the limit is reached and reading stops.</summary>
    private static bool Append(string paragraph, List<string> kept, ref int length, int maxTextLength, ParseNotes? notes)
    {
        if (length + paragraph.Length > maxTextLength)
        {
            // A first paragraph that alone passes the limit keeps its beginning rather than leave no text at all.
            if (kept.Count == 0)
            {
                kept.Add(paragraph[..maxTextLength]);
            }

            notes?.TextCut(maxTextLength);
            return false;
        }

        kept.Add(paragraph);
        length += paragraph.Length + 2;
        return true;
    }

    /// <summary>
    /// News agencies close the body with their credits in one block whose lines are joined by single &lt;br&gt;s:
    /// "Pewarta: X Editor: Y COPYRIGHT © AGENCY 2024". Such a block is cut into its fields, each read on its own.
    /// </summary>
    private static IEnumerable<BodyBlock> SplitCredits(BodyBlock block)
    {
        var trimmed = block.Text.Trim();
        if (block.IsTableRow || trimmed.Length > BodyLineRules.MaxCreditBlockLength || !CreditField().IsMatch(trimmed))
        {
            return [block];
        }

        var pieces = CreditBoundary().Split(trimmed).Where(piece => piece.Trim().Length > 0).ToList();
        return pieces.Count > 1 ? pieces.Select(piece => new BodyBlock(piece)) : [block];
    }

    /// <summary>
    /// "Baca Juga: ,Penggemar tampilan glossy lips, …", "Baca Juga : Diketahui, dua hari sebelumnya …": a prompt whose link
    /// a scraper left out (sometimes leaving the comma where the headline was), then the article's own text on the same
    /// line. The text is kept when it is more than a headline: after such a comma a sentence's worth of words, otherwise
    /// a long sentence that ends as sentences do. "Baca juga: Bupati Lahat resmikan pasar" (a headline) and "Baca Juga:
    /// ,#GrowFearLess with Fimela" stay with their prompt and are dropped as noise.
    /// </summary>
    private static string AfterEmptyPrompt(string paragraph)
    {
        var prompt = BodyLineRules.LinkPrompts.FirstOrDefault(p => paragraph.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prompt is null)
        {
            return paragraph;
        }

        var after = paragraph.AsSpan(prompt.Length).TrimStart();
        after = after.StartsWith(':') ? after[1..].TrimStart() : after;
        var comma = after.StartsWith(',');
        after = comma ? after[1..].TrimStart() : after;

        // "Baca Juga : Baca Juga : Sebelumnya, …", "Baca juga:,Baca juga: Polisi …": a prompt right after a prompt, each link
        // left out; the first link is as surely empty as one the comma marks.
        for (var chained = ChainedPrompt(after); chained > 0; chained = ChainedPrompt(after))
        {
            comma = true;
            after = after[chained..].TrimStart();
            after = after.StartsWith(':') ? after[1..].TrimStart() : after;
            after = after.StartsWith(',') ? after[1..].TrimStart() : after;
        }

        var rest = after.Trim().ToString();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var text = comma
            ? words >= MinWordsAfterEmptyPrompt
            : words >= MinWordsOfSentenceAfterPrompt && rest[^1] is '.' or '!' or '?' or '"' or '\u201D';
        return text ? rest : paragraph;
    }

    /// <summary>The length of the link prompt that opens the text, 0 when none does.</summary>
    private static int ChainedPrompt(ReadOnlySpan<char> text)
    {
        foreach (var prompt in BodyLineRules.LinkPrompts)
        {
            if (text.StartsWith(prompt, StringComparison.OrdinalIgnoreCase))
            {
                return prompt.Length;
            }
        }

        return 0;
    }

    /// <summary>The fewest words after a prompt and the comma of its emptied link that are read as article text.</summary>
    private const int MinWordsAfterEmptyPrompt = 8;

    /// <summary>The fewest words after a prompt, with no comma, that are read as article text (when they end a sentence).</summary>
    private const int MinWordsOfSentenceAfterPrompt = 15;

    private static bool IsNoise(string paragraph)
    {
        // A paragraph too long to be a noise line or to be looked at for noise prefixes and fragments is noise only
        // when it has no letter: answered without a lower-case copy of every paragraph of the text.
        if (paragraph.Length > BodyLineRules.MaxNoiseLineLength && paragraph.AsSpan().Trim(NoiseTrim).Length > LongestNoiseLine)
        {
            return !paragraph.Any(char.IsLetter);
        }

        var lower = paragraph.ToLowerInvariant().Trim(NoiseTrim);

        // A line without a letter is a counter, a clap or share count, or a rule: "128", "1/3", "* * *".
        if (BodyLineRules.NoiseLines.Contains(lower) || !paragraph.Any(char.IsLetter))
        {
            return true;
        }

        if (paragraph.Length > BodyLineRules.MaxNoiseLineLength)
        {
            return false;
        }

        foreach (var prefix in BodyLineRules.NoisePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return BodyLineRules.NoiseFragments.Any(fragment => lower.Contains(fragment, StringComparison.Ordinal));
    }

    /// <summary>What is trimmed off a line before it is compared with the noise lines.</summary>
    private static readonly char[] NoiseTrim = [' ', '.', ':', '|', '>', '»', '–', '-'];

    private static readonly int LongestNoiseLine = BodyLineRules.NoiseLines.Max(line => line.Length);

    /// <summary>"Oleh karena itu ..." is a sentence; "Oleh Ahmad Fauzi" or "Oleh: Ahmad" is a byline.</summary>
    private static bool IsBylineName(Match byline)
    {
        var name = byline.Groups["name"].Value.Trim();
        if (!char.IsUpper(name[0]))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hasColon = byline.Value.Contains(':', StringComparison.Ordinal);
        return hasColon ? words.Length <= 8 : words.Length <= 5 && words.All(word => !char.IsLetter(word[0]) || char.IsUpper(word[0]));
    }

    /// <summary>Initials are short, lower or mixed case ("gun", "Rls"), or one of the all-caps credits.</summary>
    private static bool LooksLikeInitials(string value)
    {
        if (value.Trim('*').Length == 0)
        {
            return true;
        }

        var parts = value.Split(['/', ',', '-'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.All(part =>
            (part.All(char.IsLower) && part.Length <= 6)
            || (char.IsUpper(part[0]) && part.Skip(1).All(char.IsLower) && part.Length <= 4)
            || part is "ADV" or "RLS" or "ANT" or "ADVERTORIAL" or "HMS" or "*" or "**" or "***");
    }

    [GeneratedRegex(@"^(?<role>Pewarta|Penulis|Reporter|Wartawan|Kontributor|Editor|Redaktur|Penyunting|Oleh)\s*(?::|\s)\s*(?<name>[A-Z][^:]{1,80})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:Pewarta|Penulis|Reporter|Wartawan|Kontributor|Editor|Redaktur|Penyunting)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditField();

    [GeneratedRegex(@"\s+(?=(?:Pewarta|Penulis|Reporter|Wartawan|Kontributor|Editor|Redaktur|Penyunting)\s*:|(?i:copyright)\b|©)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditBoundary();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|[AP]\.?M\.?)(?:\b|$)|^(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();

    [GeneratedRegex(@"^\s*[\(\[][^()\[\]]{2,60}[\)\]]\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneCredit();

    [GeneratedRegex(@"\s*[\(\[](?<initials>[A-Za-z*]{1,12}(?:\s*[/,-]\s*[A-Za-z*]{1,12}){0,3})[\)\]]\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingInitials();
}
