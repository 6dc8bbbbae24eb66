using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Parsing;

/// <summary>
/// Recognises a circular (surat edaran) among a document's paragraphs and reads its structure: number
/// ("Nomor: 800/123/BKPSDM/2024"), subject ("Tentang ..."), issuer (the letterhead), place and date of
/// signing ("Ditetapkan di X pada tanggal ..." or "X, 12 September 2024"), signer and numbered points.
/// </summary>
public static partial class CircularReader
{
    /// <summary>The circular's heading must come within this many paragraphs for the file to be a circular.</summary>
    private const int MaxHeadingParagraph = 12;

    public static CircularInfo? Read(IReadOnlyList<string> paragraphs)
    {
        var heading = -1;
        for (var i = 0; i < Math.Min(paragraphs.Count, MaxHeadingParagraph); i++)
        {
            if (Heading().IsMatch(paragraphs[i]))
            {
                heading = i;
                break;
            }
        }

        if (heading < 0)
        {
            return null;
        }

        string? number = null;
        string? subject = null;
        for (var i = heading; i < Math.Min(paragraphs.Count, heading + 8); i++)
        {
            var numberMatch = Number().Match(paragraphs[i]);
            if (number is null && numberMatch.Success)
            {
                number = numberMatch.Groups["number"].Value.Trim().TrimEnd('.', ',');
            }

            var subjectMatch = Subject().Match(paragraphs[i]);
            if (subject is null && subjectMatch.Success)
            {
                subject = subjectMatch.Groups["subject"].Value.Trim();
                var next = i + 1;
                if (subject.Length == 0 && next < paragraphs.Count)
                {
                    subject = paragraphs[next++].Trim();
                }

                subject = WithContinuation(subject, paragraphs, next);
            }
        }

        if (number is null)
        {
            return null;
        }

        var (place, date, signingIndex) = ReadSigning(paragraphs, heading);
        return new CircularInfo
        {
            Number = number,
            Subject = subject,
            Issuer = ReadIssuer(paragraphs, heading),
            Place = place,
            Date = date,
            Signer = signingIndex >= 0 ? ReadSigner(paragraphs, signingIndex) : null,
            Points = paragraphs.Skip(heading).Where(p => Point().IsMatch(p)).ToList(),
        };
    }

    /// <summary>
    /// A subject in capitals set over several centred lines (as letters print it, and as a PDF or a scan reads it) goes on
    /// in the capital lines after it, up to the addressee ("Yth.", "Kepada"), the legal basis or the first point.
    /// </summary>
    private static string WithContinuation(string subject, IReadOnlyList<string> paragraphs, int next)
    {
        if (subject.Length == 0 || subject.Any(char.IsLower))
        {
            return subject;
        }

        for (var i = next; i < Math.Min(paragraphs.Count, next + 3); i++)
        {
            var line = paragraphs[i].Trim();
            if (line.Length == 0 || line.Any(char.IsLower) || !line.Any(char.IsLetter) || Point().IsMatch(line) || NotSubject().IsMatch(line) || subject[^1] is '.' or ':' or ';')
            {
                break;
            }

            subject += " " + line;
        }

        return subject;
    }

    /// <summary>"Surat Edaran Nomor X tentang Y": a title for a circular whose first line is its letterhead.</summary>
    public static string TitleOf(CircularInfo circular)
    {
        var title = $"Surat Edaran Nomor {circular.Number}";
        if (!string.IsNullOrEmpty(circular.Subject))
        {
            var subject = circular.Subject.Length > 160 ? circular.Subject[..160].TrimEnd() + "…" : circular.Subject;
            title += $" tentang {subject}";
        }

        return title;
    }

    private static string? ReadIssuer(IReadOnlyList<string> paragraphs, int heading)
    {
        for (var i = 0; i < heading; i++)
        {
            var line = paragraphs[i].Trim();
            if (IssuerLine().IsMatch(line))
            {
                return line;
            }
        }

        return null;
    }

    private static (string? Place, DateOnly? Date, int Index) ReadSigning(IReadOnlyList<string> paragraphs, int heading)
    {
        for (var i = paragraphs.Count - 1; i > heading; i--)
        {
            var established = Established().Match(paragraphs[i]);
            if (established.Success)
            {
                var dateText = established.Groups["date"].Success ? established.Groups["date"].Value : i + 1 < paragraphs.Count ? paragraphs[i + 1] : "";
                return (established.Groups["place"].Value.Trim(), PublishedDateReader.FromVisibleText(dateText), i);
            }

            var placeDate = PlaceDate().Match(paragraphs[i]);
            if (placeDate.Success)
            {
                return (placeDate.Groups["place"].Value.Trim(), PublishedDateReader.FromVisibleText(placeDate.Groups["date"].Value), i);
            }
        }

        return (null, null, -1);
    }

    /// <summary>The signer is the first line after the signing date that is not a title, "ttd" or a rank.</summary>
    private static string? ReadSigner(IReadOnlyList<string> paragraphs, int signingIndex)
    {
        for (var i = signingIndex + 1; i < Math.Min(paragraphs.Count, signingIndex + 8); i++)
        {
            var line = paragraphs[i].Trim();
            if (line.Length == 0 || NotSigner().IsMatch(line) || line.EndsWith(',') || PublishedDateReader.FromVisibleText(line) is not null)
            {
                continue;
            }

            return line;
        }

        return null;
    }

    [GeneratedRegex(@"^\s*SURAT\s+EDARAN\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\bNomor\s*:?\s*(?<number>[0-9A-Za-z][0-9A-Za-z./\- ]{2,60})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*Tentang\s*:?\s*(?<subject>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^\s*(PEMERINTAH|BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR|BADAN|KEPALA|SEKRETARIAT|SEKRETARIS|KEMENTERIAN|MENTERI|KOMISI|DINAS|INSPEKTORAT)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerLine();

    [GeneratedRegex(@"^\s*Ditetapkan\s+di\s*:?\s*(?<place>[^\n,]+?)(?:\s*,?\s*(?:pada\s+)?tanggal\s*:?\s*(?<date>.+))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Established();

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Za-z .']{2,40}),\s*(?<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z])[.)]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Point();

    [GeneratedRegex(@"^(YTH|KEPADA|DI\s|DASAR|SEHUBUNGAN|DALAM\s+RANGKA|MENINDAKLANJUTI|MEMPERHATIKAN|MENGINGAT|NOMOR|SURAT|LAMPIRAN|SIFAT|PERIHAL|HAL\s*:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSubject();

    [GeneratedRegex(@"^(ttd|t\.t\.d|a\.n\.|an\.|u\.b\.|plt|plh|nip|pangkat|pembina|penata|NIP\b|BUPATI|WALI|GUBERNUR|SEKRETARIS|KEPALA|KETUA|MENTERI|CAMAT|\()", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotSigner();
}
