using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Scores the pipeline against a labels.jsonl (one {"file", "regencies", "provinces", "primary_regency", "persons",
/// "dates", "event_date", "legal_refs", "violations"} per line, the files beside it or in articles/).
/// Persons are matched by name (case, dots and spacing ignored); positions are scored on the matched persons.
/// </summary>
public static class ExtractionEvaluation
{
    public static ExtractionReport Run(string labelsPath, DocumentPipeline pipeline)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(labelsPath))!;
        var report = new ExtractionReport();
        foreach (var line in File.ReadLines(labelsPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var label = JsonDocument.Parse(line).RootElement;
            var name = label.GetProperty("file").GetString()!;
            var path = new[] { Path.Combine(folder, name), Path.Combine(folder, "articles", name) }.FirstOrDefault(File.Exists);
            if (path is null)
            {
                report.Differences.Add($"{name}: file not found");
                continue;
            }

            var result = pipeline.Process(new SourceFile(path, File.ReadAllBytes(path)), DocumentOrigin.ForFile(path));
            if (!result.IsSuccess)
            {
                report.Differences.Add($"{name}: {result.Failure.Reason}");
                continue;
            }

            report.Documents++;
            Compare(report, name, result.Document, label);
        }

        return report;
    }

    private static void Compare(ExtractionReport report, string name, Document document, JsonElement label)
    {
        void Set(string type, IEnumerable<string> found, Func<string, string>? normalize = null, IEnumerable<string>? expectedValues = null)
        {
            if (!label.TryGetProperty(type, out var expected) || expected.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var (missed, wrong) = report.For(type).Add(found, expectedValues ?? expected.EnumerateArray().Select(e => e.GetString() ?? ""), normalize ?? (s => s));
            if (missed.Count + wrong.Count > 0)
            {
                report.Differences.Add($"{name} {type}: missed [{string.Join("; ", missed)}] wrong [{string.Join("; ", wrong)}]");
            }
        }

        Set("regencies", document.Regencies);
        Set("provinces", document.Provinces);
        Set("dates", document.Dates.Select(Iso));
        Set("legal_refs", document.LegalRefs, NormalizeReference);
        Set("violations", document.Violations);

        var expectedPersons = label.GetProperty("persons").EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString() ?? "", Position: p.TryGetProperty("position", out var pos) && pos.ValueKind == JsonValueKind.String ? pos.GetString() : null))
            .ToList();
        Set("persons", document.Persons.Select(p => p.Name), NormalizeName, expectedPersons.Select(p => p.Name));
        foreach (var (expectedName, expectedPosition) in expectedPersons)
        {
            var person = document.Persons.FirstOrDefault(p => NormalizeName(p.Name) == NormalizeName(expectedName));
            if (person is not null && expectedPosition is not null)
            {
                var right = PositionMatches(person.Position, expectedPosition);
                report.Count("person_position", right);
                if (!right)
                {
                    report.Differences.Add($"{name} position of {expectedName}: «{person.Position}» expected «{expectedPosition}»");
                }
            }
        }

        Single("primary_regency", document.PrimaryRegency);
        Single("event_date", document.EventDate is { } eventDate ? Iso(eventDate) : null);

        void Single(string field, string? found)
        {
            if (!label.TryGetProperty(field, out var expected))
            {
                return;
            }

            var value = expected.ValueKind == JsonValueKind.String ? expected.GetString() : null;
            report.Count(field, value == found);
            if (value != found)
            {
                report.Differences.Add($"{name} {field}: «{found}» expected «{value}»");
            }
        }
    }

    /// <summary>A position matches when one contains the other, ignoring case and the words "Kabupaten"/"Kota" ("Sekda Musi Rawas" and "Sekretaris Daerah (Sekda) Musi Rawas" do not, "Sekda" and "Sekda Musi Rawas" do).</summary>
    private static bool PositionMatches(string? found, string expected)
    {
        if (found is null)
        {
            return false;
        }

        var a = NormalizeName(found).Replace("kabupaten ", "", StringComparison.Ordinal);
        var b = NormalizeName(expected).Replace("kabupaten ", "", StringComparison.Ordinal);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    private static string NormalizeName(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace(".", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string NormalizeReference(string reference) =>
        string.Join(' ', reference.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
