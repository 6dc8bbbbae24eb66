using System.Globalization;
using System.Text;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// Random query strings for GET /api/search from a fixed seed: Lucene syntax and its misuse (quotes, brackets,
/// NEAR, ^, *, ~, field filters, ranges), control characters and NUL, unicode and invalid UTF-8 bytes, long
/// strings, and random or malformed page, size, from, to, sort and filter parameters. Every string is already
/// percent-encoded and short enough for Kestrel's request line (8 KB), so the host itself must answer each one.
/// </summary>
internal sealed class SearchFuzzer(int seed)
{
    /// <summary>Stays under Kestrel's 8 KB request line with the path and HTTP version around it.</summary>
    public const int MaxQueryStringLength = 7_000;

    private static readonly string[] Words = ["kepala", "desa", "netral", "netralitas", "ASN", "pns", "bawaslu", "dukung", "paslon", "Musi", "Rawas", "OKU", "kampanye", "sanksi", "a", "x", "2024", "2024-06-24", "masing-masing"];

    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||", "!", "+", "-", "TO", "NEAR", "NEAR/3", "NEAR(", "and", "or"];

    private static readonly string[] Fields = ["title:", "text:", "regency:", "province:", "person:", "position:", "source:", "violation:", "published:", "date:", "year:", "cluster:", "judul:", "foo:", ":", "title:(", "regency:\"", "published:[", "year:{"];

    private static readonly string[] Syntax = ["\"", "(", ")", "[", "]", "{", "}", "^", "^2", "^-1", "*", "**", "?", "~", "~2", "~99999", ":", "\\", "/", "'", ";", "--", "/*", "*/", "%", "%%", "_", "=", ",", "<", ">", "&", "|", "@", "#", "$"];

    private static readonly string[] Oddities = ["\0", "\u0001", "\u001b", "\u007f", "\t", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u202e", "é", "ñ", "日本語", "ערבית", "🗳️", "ﬁ", "İ", "ß", "Ⅻ", "\u0301", "NULL", "'; DROP TABLE documents; --", "\" OR 1=1 --", "MATCH", "rowid", "<script>alert(1)</script>"];

    private static readonly string[] Ranges = ["published:[2024-01-01 TO 2024-06-30]", "published:{2024-01-01 TO *]", "published:[* TO *]", "published:[2024 TO", "year:[2020 TO 2025]", "published:[2024-13-45 TO 2024-00-00]", "title:[a TO b]", "[a TO b]", "published:[9999-12-31 TO 0001-01-01]"];

    private static readonly string[] Parameters = ["q", "q", "q", "q", "regency", "province", "person", "source", "violation", "from", "to", "sort", "page", "size", "unknown", "Q", "q[]", ""];

    private static readonly string[] Numbers = ["", "0", "1", "2", "10", "100", "101", "1000", "10000", "-1", "+1", "1.5", "1e3", "0x10", "99999999999999999999", "2147483647", "2147483648", "abc", " 1", "１", "NaN"];

    private static readonly string[] Dates = ["", "2024-06-01", "2024-1-1", "2024-13-01", "2024-02-30", "0001-01-01", "9999-12-31", "yesterday", "2024/06/01", "20240601", "2024-06-01T00:00:00Z", "-2024-06-01"];

    private static readonly string[] Sorts = ["", "relevance", "date", "DATE", "random", "date desc", "relevance,date"];

    private readonly Random random = new(seed);

    /// <summary>The query strings (without '?'), all made before any is sent so the set depends on the seed alone.</summary>
    public IReadOnlyList<string> Make(int count) => Enumerable.Range(0, count).Select(_ => QueryString()).ToList();

    private string QueryString()
    {
        var parts = new List<string>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var name = Pick(Parameters);
            parts.Add(Encode(name) + "=" + Value(name));
        }

        var query = string.Join('&', parts);
        if (query.Length <= MaxQueryStringLength)
        {
            return query;
        }

        // Cut, and drop an escape the cut split in two.
        var cut = query[..MaxQueryStringLength];
        var percent = cut.LastIndexOf('%');
        return percent >= cut.Length - 2 ? cut[..percent] : cut;
    }

    private string Value(string name) => name switch
    {
        "page" or "size" => Encode(Pick(Numbers)),
        "from" or "to" => Encode(Pick(Dates)),
        "sort" => Encode(Pick(Sorts)),
        _ => random.Next(20) switch
        {
            0 => InvalidUtf8(),
            1 => Encode(new string(Pick(Words)[0], random.Next(900, 1200))),
            2 => Encode(string.Join(' ', Enumerable.Range(0, random.Next(60, 80)).Select(_ => Pick(Words)))),
            3 => Encode(new string('(', random.Next(10, 40)) + Pick(Words) + new string(')', random.Next(0, 40))),
            _ => Encode(Expression()),
        },
    };

    /// <summary>A run of tokens from the lists, joined with or without spaces.</summary>
    private string Expression()
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            text.Append(random.Next(10) switch
            {
                0 or 1 => Pick(Operators),
                2 => Pick(Fields),
                3 or 4 => Pick(Syntax),
                5 => Pick(Oddities),
                6 => Pick(Ranges),
                7 => ((char)random.Next(0, 0x3000)).ToString(),
                _ => Pick(Words),
            });
            if (random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>Percent-encoded bytes that are not UTF-8 (stray continuation bytes, cut sequences, encoded surrogates).</summary>
    private string InvalidUtf8()
    {
        string[] pieces = ["%FF", "%FE", "%C3", "%C3%28", "%E2%80", "%ED%A0%80", "%F4%90%80%80", "%80", "%C0%AF", "%00", "kepala", "%20"];
        return string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => Pick(pieces)));
    }

    private static string Encode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
