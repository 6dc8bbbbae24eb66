using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Query;

/// <summary>
/// Reads Lucene's classic query syntax for our index: words (all required), "phrases" (~slop for proximity), AND / OR /
/// NOT (&amp;&amp; || !), + and -, ( grouping ), field:value and field:( ... ), prefix*, fuzzy~, ^boost, ranges
/// [a TO b] {a TO b} on dates and years. Never throws on user input: a malformed query comes back as a
/// <see cref="QueryError"/> with its position. Thread-safe (each call parses with its own Lucene parser).
/// </summary>
public sealed class QueryParser
{
    internal static readonly Dictionary<string, QueryField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["judul"] = QueryField.Title,
        ["text"] = QueryField.Text,
        ["body"] = QueryField.Text,
        ["isi"] = QueryField.Text,
        ["regency"] = QueryField.Regency,
        ["kabupaten"] = QueryField.Regency,
        ["city"] = QueryField.Regency,
        ["kota"] = QueryField.Regency,
        ["province"] = QueryField.Province,
        ["provinsi"] = QueryField.Province,
        ["person"] = QueryField.Person,
        ["tokoh"] = QueryField.Person,
        ["position"] = QueryField.Position,
        ["jabatan"] = QueryField.Position,
        ["source"] = QueryField.Source,
        ["media"] = QueryField.Source,
        ["violation"] = QueryField.Violation,
        ["pelanggaran"] = QueryField.Violation,
        ["published"] = QueryField.Published,
        ["date"] = QueryField.Published,
        ["tanggal"] = QueryField.Published,
        ["year"] = QueryField.Year,
        ["tahun"] = QueryField.Year,
        ["cluster"] = QueryField.Cluster,
    };

    private static readonly Lazy<QueryParser> Shared = new(() => new QueryParser(QueryLimits.Default));

    private readonly QueryLimits limits;
    private readonly IndonesianAnalyzer analyzer;
    private readonly SynonymGroups synonyms;

    public QueryParser(QueryLimits limits, Gazetteer? gazetteer = null, IndonesianAnalyzer? analyzer = null, SynonymGroups? synonyms = null)
    {
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
        this.analyzer = analyzer ?? IndonesianAnalyzer.Default;
        this.synonyms = synonyms ?? SynonymGroups.Default;
        FieldQueries = new FieldQueries(gazetteer ?? Gazetteer.Default);
    }

    public static QueryParser Default => Shared.Value;

    /// <summary>The field names a query may use, for help texts and error messages.</summary>
    public static string FieldList => "title, text, regency, province, person, position, source, violation, published, year, cluster";

    internal FieldQueries FieldQueries { get; }

    public QueryParseResult Parse(string? text) => NetralitasQueryParser.Parse(text, limits, FieldQueries, analyzer, synonyms);
}
