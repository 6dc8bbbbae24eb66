using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Scores the pipeline against a labels.jsonl in the format of notes/label-schema.md (one {"file", "source_id",
/// "regencies", "provinces", "primary_regency", "persons": [{"name", "position", "aliases"}], "dates", "event_date",
/// "legal_refs", "violations", "incidents", "modes"} per line, the files beside it or in articles/). A field a line does
/// not have is not scored (older sets have no aliases, incidents or modes). Persons are matched by any of their names
/// (case, dots and spacing ignored); names, aliases and positions are scored on the matched persons.
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
        Set("incidents", document.Incidents);
        Set("modes", document.Modes);

        ComparePersons(report, name, document, label);

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

    /// <summary>
    /// Persons are matched one to one: a found person matches a labelled one when any of its names (the name and its aliases)
    /// is any of the labelled person's names, the name itself first. Matched persons are scored for their name (the same
    /// canonical name), their aliases (as a set) and their position.
    /// </summary>
    private static void ComparePersons(ExtractionReport report, string name, Document document, JsonElement label)
    {
        if (!label.TryGetProperty("persons", out var persons) || persons.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var expected = persons.EnumerateArray().Select(p => new ExpectedPerson(
            p.GetProperty("name").GetString() ?? "",
            p.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.String ? position.GetString() : null,
            p.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array ? aliases.EnumerateArray().Select(a => a.GetString() ?? "").ToList() : null)).ToList();
        var found = document.Persons.ToList();
        var matchedFound = new bool[found.Count];
        var missed = new List<string>();
        var score = report.For("persons");
        foreach (var person in expected)
        {
            var names = person.Names.Select(NormalizeName).ToHashSet(StringComparer.Ordinal);
            var match = Enumerable.Range(0, found.Count).Where(f => !matchedFound[f] && NormalizeName(found[f].Name) == NormalizeName(person.Name))
                .Concat(Enumerable.Range(0, found.Count).Where(f => !matchedFound[f] && new[] { found[f].Name }.Concat(found[f].Aliases).Any(n => names.Contains(NormalizeName(n)))))
                .Select(f => (int?)f).FirstOrDefault();
            if (match is not { } index)
            {
                missed.Add(person.Name);
                continue;
            }

            matchedFound[index] = true;
            var hit = found[index];
            report.Count("person_name", NormalizeName(hit.Name) == NormalizeName(person.Name));
            if (person.Aliases is { } expectedAliases)
            {
                var (missedAliases, wrongAliases) = report.For("person_aliases").Add(hit.Aliases, expectedAliases, NormalizeName);
                if (missedAliases.Count + wrongAliases.Count > 0)
                {
                    report.Differences.Add($"{name} aliases of {person.Name}: missed [{string.Join("; ", missedAliases)}] wrong [{string.Join("; ", wrongAliases)}]");
                }
            }

            if (person.Position is not null)
            {
                var right = PositionMatches(hit.Position, person.Position);
                report.Count("person_position", right);
                if (!right)
                {
                    report.Differences.Add($"{name} position of {person.Name}: «{hit.Position}» expected «{person.Position}»");
                }
            }
        }

        var wrong = Enumerable.Range(0, found.Count).Where(f => !matchedFound[f]).Select(f => found[f].Name).ToList();
        score.Count(expected.Count - missed.Count, wrong.Count, missed.Count);
        if (missed.Count + wrong.Count > 0)
        {
            report.Differences.Add($"{name} persons: missed [{string.Join("; ", missed)}] wrong [{string.Join("; ", wrong)}]");
        }
    }

    private sealed record ExpectedPerson(string Name, string? Position, IReadOnlyList<string>? Aliases)
    {
        public IEnumerable<string> Names => Aliases is null ? [Name] : Aliases.Prepend(Name);
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
