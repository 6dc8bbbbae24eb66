using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// The queries of the entity and date fields, for <c>regency:OKU</c> in a query and <c>regency=OKU</c> as a filter alike:
/// regencies and provinces through the gazetteer (official names, codes, aliases), names as words, violation kinds by
/// id, dates and years as numeric ranges. They only select: their score is zero, so ranking stays the text's. A value
/// that names nothing is a <see cref="QueryFailure"/> with a message for the user.
/// </summary>
internal sealed class FieldQueries(Gazetteer gazetteer)
{
    public Lucene.Net.Search.Query Value(QueryField field, string value)
    {
        var text = value.Trim();
        return Select(field switch
        {
            QueryField.Regency => Codes(IndexFields.Regency, Regencies(text)),
            QueryField.Province => Codes(IndexFields.Province, Provinces(text)),
            QueryField.Person => Words(IndexFields.Person, text),
            QueryField.Position => Words(IndexFields.Position, text),
            QueryField.Source => Words(IndexFields.Source, text),
            QueryField.Violation => ViolationKinds.TryParse(text, out var kind)
                ? new TermQuery(new Term(IndexFields.Violation, ViolationKinds.Id(kind)))
                : throw new QueryFailure($"Unknown violation kind '{text}'. Kinds are: {string.Join(", ", ViolationKinds.All)}."),
            QueryField.Published => Days(DateBounds(text).From, DateBounds(text).To),
            QueryField.Year => Years(Year(text), Year(text)),
            QueryField.Cluster => text.Length > 0 && text.Length <= 19 && text.All(char.IsAsciiDigit)
                ? new TermQuery(new Term(IndexFields.Cluster, text))
                : throw new QueryFailure($"'{text}' is not a cluster id (the number a hit gives as its cluster)."),
            QueryField.Id => new TermQuery(new Term(IndexFields.Id, text)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not an entity field"),
        });
    }

    /// <summary>A range of dates or years; a null bound is open.</summary>
    public Lucene.Net.Search.Query Range(QueryField field, string? lower, string? upper, bool includeLower, bool includeUpper)
    {
        if (field == QueryField.Year)
        {
            var low = lower is null ? (int?)null : includeLower ? Year(lower) : Year(lower) + 1;
            var high = upper is null ? (int?)null : includeUpper ? Year(upper) : Year(upper) - 1;
            return Select(Years(low, high));
        }

        if (field != QueryField.Published)
        {
            throw new QueryFailure("Ranges work on dates: write published:[2024-01-01 TO 2024-06-30].");
        }

        var from = lower is null ? (int?)null : includeLower ? DateBounds(lower).From : DateBounds(lower).To + 1;
        var to = upper is null ? (int?)null : includeUpper ? DateBounds(upper).To : DateBounds(upper).From - 1;

        // An open range still needs a date: [* TO *] is every dated document.
        return Select(Days(from ?? 0, to ?? int.MaxValue));
    }

    /// <summary><c>regency:Musi*</c>, <c>person:Aza*</c>: names that start with the prefix.</summary>
    public Lucene.Net.Search.Query Prefix(QueryField field, string prefix)
    {
        var lower = prefix.Trim().ToLowerInvariant();
        return Select(field switch
        {
            QueryField.Regency => Codes(IndexFields.Regency, gazetteer.Regions.Where(r => r.Kind is RegionKind.Regency or RegionKind.City && StartsWith(r, lower)).ToList()),
            QueryField.Province => Codes(IndexFields.Province, gazetteer.Regions.Where(r => r.Kind == RegionKind.Province && StartsWith(r, lower)).ToList()),
            QueryField.Person => new PrefixQuery(new Term(IndexFields.Person, lower)),
            QueryField.Position => new PrefixQuery(new Term(IndexFields.Position, lower)),
            QueryField.Source => new PrefixQuery(new Term(IndexFields.Source, lower)),
            _ => throw new QueryFailure($"A prefix (*) works on words and names, not on {field.ToString().ToLowerInvariant()}:."),
        });
    }

    /// <summary>"2024" is the whole year, "2024-06" the month, "2024-06-24" the day, as day numbers.</summary>
    public static (int From, int To) DateBounds(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day.DayNumber, day.DayNumber);
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month.DayNumber, month.AddMonths(1).AddDays(-1).DayNumber);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return (new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber);
        }

        throw new QueryFailure($"'{text}' is not a date: write 2024, 2024-06 or 2024-06-24.");
    }

    private static int Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : throw new QueryFailure($"'{text}' is not a year: write four digits, like 2024.");

    private static Lucene.Net.Search.Query Days(int from, int to) => NumericRangeQuery.NewInt32Range(IndexFields.Day, Math.Max(0, from), to, true, true);

    private static Lucene.Net.Search.Query Years(int? from, int? to) => NumericRangeQuery.NewInt32Range(IndexFields.Year, from, to, true, true);

    /// <summary>Matching without scoring: a filter must not move documents up or down the ranking.</summary>
    private static Lucene.Net.Search.Query Select(Lucene.Net.Search.Query query) => new ConstantScoreQuery(query) { Boost = 0 };

    private List<Region> Regencies(string text)
    {
        var regions = gazetteer.Resolve(text);
        var regencies = regions.Where(r => r.Kind is RegionKind.Regency or RegionKind.City).ToList();
        if (regencies.Count == 0)
        {
            throw new QueryFailure(regions.Any(r => r.Kind == RegionKind.Province)
                ? $"'{text}' is a province: use province:{text}."
                : $"Unknown regency or city '{text}'. Use an official name (Musi Rawas, Kota Bekasi), a code (16.05) or an alias (OKU).");
        }

        return regencies;
    }

    private List<Region> Provinces(string text)
    {
        var provinces = gazetteer.Resolve(text).Where(r => r.Kind == RegionKind.Province).ToList();
        return provinces.Count > 0
            ? provinces
            : throw new QueryFailure($"Unknown province '{text}'. Use an official name (Sumatera Selatan), a code (16) or an alias (Sumsel).");
    }

    private static Lucene.Net.Search.Query Codes(string field, List<Region> regions)
    {
        if (regions.Count == 1)
        {
            return new TermQuery(new Term(field, regions[0].Code));
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var region in regions)
        {
            any.Add(new TermQuery(new Term(field, region.Code)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The words of a name in order, within one value: <c>person:Azan</c> finds "M Azan", not "Azan" in a title.</summary>
    private static Lucene.Net.Search.Query Words(string field, string text)
    {
        var words = new List<string>();
        using (var stream = NameAnalyzer.Default.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(term.ToString());
            }

            stream.End();
        }

        if (words.Count == 0)
        {
            throw new QueryFailure($"'{text}' has no letters or digits to look for.");
        }

        if (words.Count == 1)
        {
            return new TermQuery(new Term(field, words[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private static bool StartsWith(Region region, string prefix) =>
        region.DisplayName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || region.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
