using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Profiles;

/// <summary>
/// The pages of a person and of a regency, read from the index with its field filters (<c>person=</c>,
/// <c>regency=</c>, <c>violation=</c>): the search finds the documents, the aggregates count them, nothing scans the
/// document store. A malformed name is a <see cref="ProfileProblem.BadRequest"/>, a name nothing answers to a
/// <see cref="ProfileProblem.NotFound"/> with the names that come close.
/// </summary>
public sealed class ProfileReader(IndexSearcher searcher, Gazetteer? gazetteer = null)
{
    /// <summary>Documents read for one person (newest first); more are counted but not listed.</summary>
    public const int MaxDocuments = 1_000;

    /// <summary>People listed on a regency's page, most stories first.</summary>
    public const int MaxPersons = 100;

    /// <summary>Circulars and appeals listed on a regency's page, newest first.</summary>
    public const int MaxCirculars = 50;

    /// <summary>Latest incidents listed on a regency's page.</summary>
    public const int MaxLatest = 20;

    private readonly Gazetteer places = gazetteer ?? Gazetteer.Default;

    /// <summary>How a document's person enters the merge by alias: its name and the other forms the text gave it.</summary>
    public static PersonName Named(PersonEntity person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonName(person.Name, person.Aliases);
    }

    public ProfileOutcome<PersonProfile> Person(string? name)
    {
        var asked = name?.Trim() ?? "";
        if (asked.Length == 0 || asked.Length > SearchRequest.MaxFilterLength)
        {
            return ProfileOutcome<PersonProfile>.Bad($"'name' is required (a person's name, at most {SearchRequest.MaxFilterLength} characters).");
        }

        var key = PersonAliases.Key(asked);
        var (hits, total, error) = Naming(asked);
        if (error is not null)
        {
            return ProfileOutcome<PersonProfile>.Bad(error);
        }

        var truncated = total > hits.Count;
        var groups = PersonAliases.Merge(hits.SelectMany(h => h.Persons).Select(Named));
        var person = groups.FirstOrDefault(g => g.Keys.Contains(key));
        var others = groups.Where(g => g != person && g.Keys.Any(k => ContainsWords(k, key))).Select(g => g.Name).Take(20).ToList();
        if (person is null)
        {
            return ProfileOutcome<PersonProfile>.Missing($"No document names a person '{asked}'.", others);
        }

        // Documents that name the person only by an alias are not found by the asked name: ask for each alias too.
        var byId = hits.ToDictionary(h => h.Id, StringComparer.Ordinal);
        foreach (var alias in person.Aliases.Prepend(person.Name).Where(a => PersonAliases.Key(a) != key))
        {
            var (more, moreTotal, _) = Naming(alias);
            truncated |= moreTotal > more.Count;
            foreach (var hit in more)
            {
                byId.TryAdd(hit.Id, hit);
            }
        }

        var documents = new List<(SearchHit Hit, List<PersonEntity> Mentions)>();
        foreach (var hit in byId.Values)
        {
            var mentions = hit.Persons.Where(p => person.Keys.Contains(PersonAliases.Key(p.Name))).ToList();
            if (mentions.Count > 0)
            {
                documents.Add((hit, mentions));
            }
        }

        documents.Sort((a, b) => Nullable.Compare(Date(b.Hit), Date(a.Hit)) is var order and not 0 ? order : string.CompareOrdinal(a.Hit.Id, b.Hit.Id));
        var dates = documents.Select(d => Date(d.Hit)).OfType<DateOnly>().ToList();
        return ProfileOutcome<PersonProfile>.Found(new PersonProfile(
            person.Name,
            person.Aliases,
            documents.Select(d => Story(d.Hit)).Distinct(StringComparer.Ordinal).Count(),
            documents.Count,
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            Positions(documents),
            Buckets(documents.Select(d => d.Hit), h => h.Regencies),
            Buckets(documents.Select(d => d.Hit), h => h.Violations),
            documents.ConvertAll(d => ProfileDocument.Of(d.Hit) with { Positions = d.Mentions.Select(m => m.Position).OfType<string>().Distinct(StringComparer.Ordinal).ToList() }))
        {
            Truncated = truncated,
            Others = others,
        });
    }

    /// <summary>A regency or city by code ("16.05"), official name ("Musi Rawas", "Kota Bekasi") or alias ("Mura").</summary>
    public ProfileOutcome<RegencyProfile> Regency(string? text)
    {
        var asked = text?.Trim() ?? "";
        if (asked.Length == 0 || asked.Length > SearchRequest.MaxFilterLength)
        {
            return ProfileOutcome<RegencyProfile>.Bad($"'code' or 'name' is required (a regency's code, name or alias, at most {SearchRequest.MaxFilterLength} characters).");
        }

        var regions = places.ByCode(asked) is { } exact ? [exact] : places.Resolve(asked);
        var regencies = regions.Where(r => r.Kind is RegionKind.Regency or RegionKind.City).DistinctBy(r => r.Code).ToList();
        if (regencies.Count == 0)
        {
            return regions.Any(r => r.Kind == RegionKind.Province)
                ? ProfileOutcome<RegencyProfile>.Bad($"'{asked}' is a province, not a regency or city.")
                : ProfileOutcome<RegencyProfile>.Missing(
                    $"Unknown regency or city '{asked}'. Use an official name (Musi Rawas, Kota Bekasi), a code (16.05) or an alias (Mura).",
                    places.Suggest(asked, 20).Select(s => s.Region).Where(r => r.Kind is RegionKind.Regency or RegionKind.City).Select(r => r.DisplayName).Distinct(StringComparer.Ordinal).Take(5).ToList());
        }

        var region = regencies[0];
        var all = new SearchRequest { Regency = region.Code, Relax = false, Facets = false, Snippets = false, Size = 1 };
        // An incident is what the search's incidents=true keeps (extraction's actual cases, as on the summary page).
        var incidents = all with { IncidentsOnly = true, Months = true, Sort = SortOrder.Date, Size = MaxLatest };
        var kinds = searcher.Aggregate(all, AggregateField.Violation);
        var persons = searcher.Aggregate(all, AggregateField.Person, limit: MaxPersons);
        var documents = searcher.Search(all with { Collapse = false, Sort = SortOrder.Date, Size = MaxDocuments });
        var latest = searcher.Search(incidents);
        var circulars = searcher.Search(all with { Violation = ViolationKinds.Id(ViolationKind.Appeal), Sort = SortOrder.Date, Size = MaxCirculars });
        if ((kinds.Error ?? persons.Error ?? documents.Error ?? latest.Error ?? circulars.Error) is { } error)
        {
            return ProfileOutcome<RegencyProfile>.Bad(error.Message);
        }

        var months = latest.Response!.Months ?? [];
        return ProfileOutcome<RegencyProfile>.Found(new RegencyProfile(
            region.Code,
            region.DisplayName,
            region.Kind,
            region.ProvinceName,
            kinds.Response!.Total,
            latest.Response.Total,
            months,
            WithPositions(persons.Response!.Buckets, documents.Response!.Hits),
            kinds.Response.Buckets,
            circulars.Response!.Hits.Select(ProfileDocument.Of).ToList(),
            latest.Response.Hits.Select(ProfileDocument.Of).ToList())
        {
            UndatedIncidents = Math.Max(0, latest.Response.Total - months.Sum(m => m.Count)),
            Alternatives = regencies.Skip(1).Select(r => new RegionRef(r.Code, r.DisplayName)).ToList(),
        });
    }

    /// <summary>Every document whose persons hold the name's words in order (the <c>person=</c> filter), newest first.</summary>
    private (IReadOnlyList<SearchHit> Hits, int Total, string? Error) Naming(string name)
    {
        var outcome = searcher.Search(new SearchRequest
        {
            Person = name,
            Collapse = false,
            Relax = false,
            Facets = false,
            Snippets = false,
            Sort = SortOrder.Date,
            Size = MaxDocuments,
        });
        return outcome.IsSuccess ? (outcome.Response.Hits, outcome.Response.Total, null) : ([], 0, outcome.Error.Message);
    }

    /// <summary>
    /// The people of a regency with the positions its documents give each of them (an aggregate's second field would
    /// give every position of the documents that name the person, other people's included).
    /// </summary>
    private static List<AggregateBucket> WithPositions(IReadOnlyList<AggregateBucket> persons, IReadOnlyList<SearchHit> hits)
    {
        var positions = hits
            .SelectMany(h => h.Persons.Where(p => !string.IsNullOrWhiteSpace(p.Position)).Select(p => (Person: p.Name, Position: p.Position!, Hit: h)))
            .GroupBy(p => p.Person, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Position, StringComparer.Ordinal)
                .Select(p => new AggregateBucket(p.Key, p.Select(x => Story(x.Hit)).Distinct(StringComparer.Ordinal).Count(), p.Select(x => x.Hit.Id).Distinct(StringComparer.Ordinal).Count(), []))
                .OrderByDescending(b => b.Count).ThenBy(b => b.Value, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return persons.Select(p => p with { Buckets = positions.GetValueOrDefault(p.Value) ?? [] }).ToList();
    }

    private static DateOnly? Date(SearchHit hit) => hit.Published ?? hit.EventDate;

    /// <summary>The same-story cluster, or the document itself when it has none.</summary>
    private static string Story(SearchHit hit) => hit.Cluster ?? hit.Id;

    private static bool ContainsWords(string key, string words) => key == words || $" {key} ".Contains($" {words} ", StringComparison.Ordinal);

    private static List<PositionHeld> Positions(List<(SearchHit Hit, List<PersonEntity> Mentions)> documents) =>
        documents
            .SelectMany(d => d.Mentions.Where(m => !string.IsNullOrWhiteSpace(m.Position)).Select(m => (Key: PersonAliases.Key(m.Position!), m.Position, m.Regency, Date: Date(d.Hit), d.Hit.Id)))
            .GroupBy(p => (p.Key, p.Regency))
            .Select(g =>
            {
                var dated = g.Select(p => p.Date).OfType<DateOnly>().ToList();
                var written = g.GroupBy(p => p.Position!, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;
                return new PositionHeld(written, g.Key.Regency, dated.Count > 0 ? dated.Min() : null, dated.Count > 0 ? dated.Max() : null, g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
            })
            .OrderBy(p => p.From ?? DateOnly.MaxValue)
            .ThenBy(p => p.Position, StringComparer.Ordinal)
            .ToList();

    /// <summary>The values of the documents, stories (a cluster once) and documents per value, most stories first.</summary>
    private static List<AggregateBucket> Buckets(IEnumerable<SearchHit> hits, Func<SearchHit, IReadOnlyList<string>> values) =>
        hits
            .SelectMany(h => values(h).Distinct(StringComparer.Ordinal).Select(v => (Value: v, Hit: h)))
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .Select(g => new AggregateBucket(g.Key, g.Select(p => Story(p.Hit)).Distinct(StringComparer.Ordinal).Count(), g.Count(), []))
            .OrderByDescending(b => b.Count)
            .ThenBy(b => b.Value, StringComparer.Ordinal)
            .ToList();
}
