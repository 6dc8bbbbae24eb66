using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Extraction.LegalReferences;

/// <summary>
/// Laws, regulations, articles, joint decrees and circulars, normalised so that one regulation written two
/// ways is one value: "Undang-Undang Nomor 5 Tahun 2014" and "UU 5/2014" are both "UU 5/2014";
/// "Pasal 70 ayat (1)"; "SKB 2/2022" (or "SKB Netralitas ASN" without a number); "SE 800/123/BKPSDM/2024".
/// </summary>
public sealed partial class LegalReferenceExtractor : IEntityExtractor
{
    /// <summary>Words without one of which a text cites no regulation: most news never does, and the patterns are costly.</summary>
    private static readonly string[] Anchors = ["UU", "Undang", "Pasal", "PP", "Peraturan", "Perpres", "Permen", "PKPU", "Perbawaslu", "Perda", "Perbup", "Perwal", "SKB", "Keputusan", "Edaran", "SE ", "Inpres", "Instruksi", "Perppu", "Kepmen"];

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var text = context.Text;
        if (!Anchors.Any(anchor => text.Contains(anchor, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var found = new List<(string Value, int Start, int Length)>();

        foreach (Match match in Regulation().Matches(text))
        {
            var type = RegulationType(match.Groups["type"].Value);
            found.Add(($"{type} {int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{match.Groups["year"].Value}", match.Index, match.Length));
        }

        foreach (Match match in Article().Matches(text))
        {
            foreach (var value in ArticleValues(match))
            {
                found.Add((value, match.Index, match.Length));
            }
        }

        var numbered = new HashSet<int>();
        foreach (Match match in JointDecree().Matches(text))
        {
            numbered.Add(match.Index);
            found.Add(($"SKB {int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{match.Groups["year"].Value}", match.Index, match.Length));
        }

        // Without a number: the joint decree on ASN neutrality of 2022 is Nomor 2 Tahun 2022, which the press often
        // names by its year only; other years stay a named but unnumbered decree.
        foreach (Match match in NeutralityDecree().Matches(text))
        {
            if (!numbered.Contains(match.Index))
            {
                found.Add((match.Value.Contains("2022", StringComparison.Ordinal) ? "SKB 2/2022" : "SKB Netralitas ASN", match.Index, match.Length));
            }
        }

        foreach (Match match in Circular().Matches(text))
        {
            var number = match.Groups["code"].Success
                ? Regex.Replace(match.Groups["code"].Value, @"\s+", "").TrimEnd('.', ',', ';', ')')
                : $"{int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{match.Groups["year"].Value}";
            found.Add(($"SE {number}", match.Index, match.Length));
        }

        // "Pasal 70" and "Pasal 70 ayat (1)" in one text are one reference, the more precise one.
        var clauses = found.Select(f => f.Value).Where(v => v.StartsWith("Pasal ", StringComparison.Ordinal) && v.Contains(" ayat ", StringComparison.Ordinal))
            .Select(v => v[..v.IndexOf(" ayat ", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(f => clauses.Contains(f.Value));

        foreach (var (value, start, length) in found.OrderBy(f => f.Start))
        {
            if (!entities.LegalReferences.Contains(value))
            {
                entities.LegalReferences.Add(value);
            }

            entities.Spans.Add(new EntitySpan(EntityType.LegalReference, value, start, length));
        }
    }

    private static string RegulationType(string written)
    {
        var lower = Regex.Replace(written.ToLowerInvariant(), @"[\s-]+", " ").Trim();
        return lower switch
        {
            "uu" or "undang undang" => "UU",
            "pp" or "peraturan pemerintah" => "PP",
            "perpres" or "peraturan presiden" => "Perpres",
            "permendagri" or "peraturan menteri dalam negeri" => "Permendagri",
            "permenpan rb" or "permenpanrb" or "permenpan" or "peraturan menteri panrb" or "peraturan menpan rb" or "peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi" => "PermenPANRB",
            "pkpu" or "peraturan kpu" or "peraturan komisi pemilihan umum" => "PKPU",
            "perbawaslu" or "peraturan bawaslu" or "peraturan badan pengawas pemilihan umum" => "Perbawaslu",
            "perda" or "peraturan daerah" => "Perda",
            "perbup" or "peraturan bupati" => "Perbup",
            "perwali" or "perwal" or "peraturan wali kota" or "peraturan walikota" => "Perwali",
            "perppu" or "peraturan pemerintah pengganti undang undang" => "Perppu",
            "inpres" or "instruksi presiden" => "Inpres",
            "kepmendagri" or "keputusan menteri dalam negeri" => "Kepmendagri",
            _ => written.Trim(),
        };
    }

    /// <summary>"Pasal 70 ayat (1)", "Pasal 70 dan 71", "Pasal 71 ayat (1) dan (3)": one value per article and clause.</summary>
    private static IEnumerable<string> ArticleValues(Match match)
    {
        var article = match.Groups["article"].Value;
        var clauses = match.Groups["clause"].Captures.Select(c => c.Value).ToList();
        if (clauses.Count == 0)
        {
            yield return $"Pasal {article}";
        }

        foreach (var clause in clauses)
        {
            yield return $"Pasal {article} ayat ({clause})";
        }

        foreach (Capture more in match.Groups["more"].Captures)
        {
            yield return $"Pasal {more.Value}";
        }
    }

    [GeneratedRegex(@"\b(?<type>UU|Undang[\s-]+Undang|PP|Peraturan\s+Pemerintah(?:\s+Pengganti\s+Undang[\s-]+Undang)?|Perppu|Perpres|Peraturan\s+Presiden|Permendagri|Peraturan\s+Menteri\s+Dalam\s+Negeri|Permen\s*PAN[\s-]*RB|PermenPANRB|Permenpan|Peraturan\s+Men(?:teri\s+)?PAN[\s-]*RB|Peraturan\s+Menteri\s+Pendayagunaan\s+Aparatur\s+Negara\s+dan\s+Reformasi\s+Birokrasi|PKPU|Peraturan\s+KPU|Peraturan\s+Komisi\s+Pemilihan\s+Umum|Perbawaslu|Peraturan\s+Bawaslu|Peraturan\s+Badan\s+Pengawas\s+Pemilihan\s+Umum|Perda|Peraturan\s+Daerah|Perbup|Peraturan\s+Bupati|Perwal[i]?|Peraturan\s+Wali\s*[Kk]ota|Inpres|Instruksi\s+Presiden|Kepmendagri|Keputusan\s+Menteri\s+Dalam\s+Negeri)(?:\s*\([A-Za-z]+\))?(?:\s+(?:ASN|Pilkada|Pemilu|Desa|Pemda|Pemilihan|Aparatur\s+Sipil\s+Negara|Pemerintahan\s+Daerah)(?=\s+(?:Nomor|No)))?\s*(?:RI\s+)?(?:Nomor|Nomer|No\.?)?\s*:?\s*(?<number>\d{1,4})\s*(?:Tahun|Thn\.?|/)\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Regulation();

    [GeneratedRegex(@"\bPasal\s+(?<article>\d{1,3}[A-Z]?)(?:\s+ayat\s*\((?<clause>\d{1,2})\)(?:\s*(?:,|dan)\s*\((?<clause>\d{1,2})\))*)?(?:\s*(?:,|dan)\s*(?:Pasal\s+)?(?<more>\d{1,3}[A-Z]?)\b(?!\s*ayat))*", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(?:SKB|Surat\s+Keputusan\s+Bersama|Keputusan\s+Bersama)\b(?:(?!\b(?:PP|UU|Undang|Peraturan|Pasal|Perpres|Surat\s+Edaran)\b)[^.\n]){0,220}?(?:(?:Nomor|No\.?)\s*|(?<=SKB\s))(?<number>\d{1,4})\s*(?:Tahun|/)\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JointDecree();

    [GeneratedRegex(@"\b(?:SKB|Surat\s+Keputusan\s+Bersama|Keputusan\s+Bersama)\b[^.\n]{0,220}?netral\w*(?:[^.\n]{0,80}?\b(?:19|20)\d{2}\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeutralityDecree();

    [GeneratedRegex(@"\b(?:Surat\s+Edaran|SE)\b(?:\s*\(SE\))?(?:(?!Undang|UU\b|Peraturan|PP\b|Pasal|Keputusan|SKB)[^.\n:]){0,80}?\s*(?:Nomor|No\.?)\s*:?\s*(?:(?<code>[0-9A-Za-z.\-]+(?:\s*/\s*[0-9A-Za-z.\-]+)+)|(?<number>\d{1,4})\s+Tahun\s+(?<year>(?:19|20)\d{2}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Circular();
}
