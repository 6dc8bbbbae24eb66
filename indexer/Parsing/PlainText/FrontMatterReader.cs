using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Parsing.PlainText;

/// <summary>
/// Reads the front matter at the top of a text or Markdown file: a "---" line, then "key: value" lines, then a "---"
/// (or "...") line, the flat subset of YAML that Jekyll, Hugo and Pandoc write. Values may be plain, 'single' or
/// "double" quoted, a [flow, list], a "- item" list or a | or &gt; block. Known keys and their aliases fill
/// <see cref="FrontMatter"/>; other keys (tags, layout, draft ...) are skipped. Nothing here throws on content: an
/// unclosed block is read up to the first line that is not a field, and a value that cannot be used (a date that is
/// not a date, a URL that is not absolute, a list for a title) is left out with a note.
/// </summary>
internal static partial class FrontMatterReader
{
    /// <summary>A front matter longer than this many lines is not read past it: a file of nothing but fields stays bounded.</summary>
    public const int MaxLines = 200;

    /// <summary>Values longer than this (a title, an outlet, an author, a URL) are refused as not being one.</summary>
    public const int MaxValueLength = 2_000;

    private static readonly FrozenDictionary<string, FrontMatterField> Keys = new Dictionary<string, FrontMatterField>(StringComparer.Ordinal)
    {
        ["title"] = FrontMatterField.Title,
        ["judul"] = FrontMatterField.Title,
        ["headline"] = FrontMatterField.Title,
        ["source"] = FrontMatterField.Source,
        ["outlet"] = FrontMatterField.Source,
        ["media"] = FrontMatterField.Source,
        ["publisher"] = FrontMatterField.Source,
        ["site"] = FrontMatterField.Source,
        ["site_name"] = FrontMatterField.Source,
        ["sitename"] = FrontMatterField.Source,
        ["sumber"] = FrontMatterField.Source,
        ["penerbit"] = FrontMatterField.Source,
        ["url"] = FrontMatterField.Url,
        ["link"] = FrontMatterField.Url,
        ["canonical"] = FrontMatterField.Url,
        ["canonical_url"] = FrontMatterField.Url,
        ["permalink"] = FrontMatterField.Url,
        ["source_url"] = FrontMatterField.Url,
        ["tautan"] = FrontMatterField.Url,
        ["published"] = FrontMatterField.Published,
        ["date"] = FrontMatterField.Published,
        ["published_at"] = FrontMatterField.Published,
        ["published_date"] = FrontMatterField.Published,
        ["publish_date"] = FrontMatterField.Published,
        ["publishdate"] = FrontMatterField.Published,
        ["date_published"] = FrontMatterField.Published,
        ["datepublished"] = FrontMatterField.Published,
        ["pubdate"] = FrontMatterField.Published,
        ["tanggal"] = FrontMatterField.Published,
        ["diterbitkan"] = FrontMatterField.Published,
        ["terbit"] = FrontMatterField.Published,
        ["author"] = FrontMatterField.Author,
        ["authors"] = FrontMatterField.Author,
        ["penulis"] = FrontMatterField.Author,
        ["reporter"] = FrontMatterField.Author,
        ["pewarta"] = FrontMatterField.Author,
        ["wartawan"] = FrontMatterField.Author,
        ["byline"] = FrontMatterField.Author,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The front matter and the text after it; a file without one comes back whole, with no fields.</summary>
    public static FrontMatter Read(string text, ParseNotes notes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(notes);

        var lines = new LineReader(text);
        if (!lines.SkipBlank() || !IsFence(lines.Current, "---"))
        {
            return new FrontMatter(text);
        }

        var openedAt = lines.Number;
        var blockStart = lines.End;
        if (FindClosing(text, blockStart) is { } closing && LooksLikeFields(text[blockStart..closing.Start]))
        {
            var fields = ReadFields(text[blockStart..closing.Start], openedAt, closed: true, notes, out _);
            return Fill(new FrontMatter(text[closing.After..]), fields, notes);
        }

        var read = ReadFields(text[blockStart..], openedAt, closed: false, notes, out var consumed);
        if (read.Count == 0)
        {
            // A lone "---" above the text is a rule, not front matter.
            return new FrontMatter(text[blockStart..]);
        }

        notes.Add(string.Create(CultureInfo.InvariantCulture, $"The front matter opened by \"---\" on line {openedAt} is not closed by a \"---\" line; its {read.Count} field(s) were read up to the first line that is not one, where the text starts."));
        return Fill(new FrontMatter(text[(blockStart + consumed)..]), read, notes);
    }

    /// <summary>Where the closing fence line starts and where the line after it starts, within <see cref="MaxLines"/>.</summary>
    private static (int Start, int After)? FindClosing(string text, int from)
    {
        var lines = new LineReader(text, from);
        for (var count = 0; lines.HasLine && count <= MaxLines; count++, lines.Next())
        {
            if (IsFence(lines.Current, "---") || IsFence(lines.Current, "..."))
            {
                return (lines.Start, lines.End);
            }
        }

        return null;
    }

    /// <summary>
    /// A block between two "---" lines is front matter when it opens with a field, and either every unindented line is
    /// a field or at least half are and one names a field read here: a Markdown text between two rules ("---",
    /// "Catatan: kepala desa dilarang ...", a paragraph, "---") is text, and stays text.
    /// </summary>
    private static bool LooksLikeFields(string block)
    {
        var content = block.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#') && !char.IsWhiteSpace(line[0])).ToList();
        var fields = content.Select(line => Field().Match(line)).Where(match => match.Success).ToList();
        return content.Count > 0 && Field().IsMatch(content[0])
            && (fields.Count == content.Count || (fields.Count * 2 >= content.Count && fields.Any(field => Keys.ContainsKey(Normalize(field.Groups["key"].Value)))));
    }

    /// <summary>
    /// The fields of a block. Closed, every line is read and one that is not a field is noted; unclosed, the fields end
    /// at the first blank line or line that is not one, and <paramref name="consumed"/> says where.
    /// </summary>
    private static List<(string Key, FrontMatterValue Value)> ReadFields(string block, int openedAt, bool closed, ParseNotes notes, out int consumed)
    {
        var fields = new List<(string, FrontMatterValue)>();
        var lines = new LineReader(block);
        consumed = 0;
        while (lines.HasLine)
        {
            if (lines.Number > MaxLines)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"The front matter is longer than {MaxLines} lines; it was read up to line {openedAt + MaxLines}, where the text starts."));
                break;
            }

            var line = lines.Current;
            var blank = line.Trim().Length == 0;
            var field = blank ? Match.Empty : Field().Match(line);
            if (!closed && !field.Success)
            {
                break;
            }

            lines.Next();
            consumed = lines.Start;
            if (blank || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!field.Success)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Line {openedAt + lines.Number - 1} of the front matter is not a \"key: value\" field; it was ignored."));
                continue;
            }

            fields.Add((Normalize(field.Groups["key"].Value), ReadValue(field.Groups["value"].Value, lines)));
            consumed = lines.Start;
        }

        if (!lines.HasLine)
        {
            consumed = block.Length;
        }

        return fields;
    }

    private static bool IsFence(string line, string fence) => line.TrimEnd() == fence;

    private static string Normalize(string key) => key.ToLowerInvariant().Replace('-', '_');

    /// <summary>A value: inline, or on the indented lines under an empty one (a list or a block).</summary>
    private static FrontMatterValue ReadValue(string inline, LineReader lines)
    {
        var value = StripComment(inline.Trim());
        if (value is "|" or ">" or "|-" or ">-" or "|+" or ">+")
        {
            return FrontMatterValue.Text(string.Join(value[0] == '|' ? "\n" : " ", Indented(lines).Select(line => line.Trim())).Trim());
        }

        if (value.Length > 0)
        {
            return Inline(value);
        }

        var items = new List<string>();
        var nested = false;
        foreach (var line in Indented(lines))
        {
            var item = line.Trim();
            if (item.StartsWith("- ", StringComparison.Ordinal) || item == "-")
            {
                var single = Inline(item[1..].Trim());
                items.Add(single.Kind == FrontMatterValueKind.Text ? single.Content : "");
            }
            else
            {
                nested = true;
            }
        }

        return nested ? FrontMatterValue.Map : items.Count > 0 ? FrontMatterValue.List(items) : FrontMatterValue.Text("");
    }

    /// <summary>The lines under a key that are indented more than it (a list, a block, a nested map).</summary>
    private static List<string> Indented(LineReader lines)
    {
        var taken = new List<string>();
        while (lines.HasLine && taken.Count < MaxLines && (lines.Current.StartsWith(' ') || lines.Current.StartsWith('\t') || (lines.Current.Trim().Length == 0 && taken.Count > 0)))
        {
            taken.Add(lines.Current);
            lines.Next();
        }

        return taken;
    }

    private static FrontMatterValue Inline(string value)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return FrontMatterValue.Text("");
        }

        return value[0] switch
        {
            '"' => DoubleQuoted(value),
            '\'' => SingleQuoted(value),
            '[' => value.EndsWith(']') ? FrontMatterValue.List(SplitFlow(value[1..^1])) : FrontMatterValue.Broken,
            '{' => FrontMatterValue.Map,
            _ => FrontMatterValue.Text(value),
        };
    }

    private static FrontMatterValue DoubleQuoted(string value)
    {
        var text = new StringBuilder();
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                return i == value.Length - 1 ? FrontMatterValue.Text(text.ToString()) : FrontMatterValue.Broken;
            }

            if (c == '\\' && i + 1 < value.Length)
            {
                i++;
                switch (value[i])
                {
                    case 'n':
                        text.Append('\n');
                        break;
                    case 't':
                        text.Append('\t');
                        break;
                    case 'u' when i + 4 < value.Length && int.TryParse(value.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        text.Append((char)code);
                        i += 4;
                        break;
                    default:
                        text.Append(value[i]);
                        break;
                }

                continue;
            }

            text.Append(c);
        }

        return FrontMatterValue.Broken;
    }

    private static FrontMatterValue SingleQuoted(string value)
    {
        var text = new StringBuilder();
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] != '\'')
            {
                text.Append(value[i]);
            }
            else if (i + 1 < value.Length && value[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
            }
            else
            {
                return i == value.Length - 1 ? FrontMatterValue.Text(text.ToString()) : FrontMatterValue.Broken;
            }
        }

        return FrontMatterValue.Broken;
    }

    /// <summary>"[a, 'b, c', d]" without its brackets: items split at commas outside quotes.</summary>
    private static List<string> SplitFlow(string inner)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'' && current.ToString().Trim().Length == 0)
            {
                quote = c;
            }
            else if (c == ',')
            {
                items.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        items.Add(current.ToString().Trim());
        return items.Where(item => item.Length > 0).ToList();
    }

    /// <summary>A plain value's " # comment" is YAML's, not the value's ("Bupati #1" keeps its "#1").</summary>
    private static string StripComment(string value)
    {
        if (value.Length == 0 || value[0] is '"' or '\'')
        {
            return value;
        }

        var at = value.IndexOf(" #", StringComparison.Ordinal);
        return at >= 0 ? value[..at].TrimEnd() : value;
    }

    private static FrontMatter Fill(FrontMatter front, List<(string Key, FrontMatterValue Value)> values, ParseNotes notes)
    {
        var seen = new Dictionary<FrontMatterField, string>();
        foreach (var (key, value) in values)
        {
            if (!Keys.TryGetValue(key, out var field))
            {
                continue;
            }

            if (seen.TryGetValue(field, out var first))
            {
                notes.Add($"The front matter gives {Name(field)} twice (\"{first}\" and \"{key}\"); the first was kept.");
                continue;
            }

            seen[field] = key;
            var (accepted, problem) = Check(field, value);
            if (problem is not null)
            {
                notes.Add($"The front matter's \"{key}\" {problem}; it was ignored.");
                continue;
            }

            front = field switch
            {
                FrontMatterField.Title => front with { Title = accepted },
                FrontMatterField.Source => front with { Source = accepted },
                FrontMatterField.Url => front with { Url = accepted },
                FrontMatterField.Published => front with { Published = PublishedDateReader.FromMachineValue(accepted) },
                FrontMatterField.Author => front with { Author = accepted },
                _ => front,
            };
        }

        return front;
    }

    /// <summary>The value to use, or what is wrong with it in words for the notes.</summary>
    private static (string? Value, string? Problem) Check(FrontMatterField field, FrontMatterValue value)
    {
        if (value.Kind == FrontMatterValueKind.Broken)
        {
            return (null, "has a quotation or a list that is not closed");
        }

        if (value.Kind == FrontMatterValueKind.Map)
        {
            return (null, "holds a nested map, not a value");
        }

        if (value.Kind == FrontMatterValueKind.List && field != FrontMatterField.Author)
        {
            return (null, "holds a list, not one value");
        }

        var text = Text.TextNormalizer.CollapseWhitespace(value.Kind == FrontMatterValueKind.List ? string.Join(", ", value.Items) : value.Content);
        if (text.Length == 0)
        {
            return (null, "is empty");
        }

        if (text.Length > MaxValueLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"is longer than {MaxValueLength:N0} characters"));
        }

        return field switch
        {
            FrontMatterField.Url when !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => (null, $"(\"{Shorten(text)}\") is not an absolute http or https URL"),
            FrontMatterField.Published when PublishedDateReader.FromMachineValue(text) is null => (null, $"(\"{Shorten(text)}\") is not a date"),
            _ => (text, null),
        };
    }

    private static string Name(FrontMatterField field) => field switch
    {
        FrontMatterField.Title => "the title",
        FrontMatterField.Source => "the outlet",
        FrontMatterField.Url => "the URL",
        FrontMatterField.Published => "the publication date",
        _ => "the author",
    };

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>"key: value" or "key:" with a key of letters, digits, "_", "-" and ".".</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w.-]{0,63})\s*:(?:\s+(?<value>.*)|\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
