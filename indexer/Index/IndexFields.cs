namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The fields of a Lucene document. Text: <see cref="Title"/>, <see cref="Text"/> (the body) and <see cref="All"/>
/// (title and body, what a plain word searches), analyzed by our analyzer with positions. Entities: codes and kinds as
/// untokenized terms, names as words (<c>NameAnalyzer</c>), each also as sorted-set doc values for facets. Dates and
/// years as numeric terms; the day, same-story cluster, sequence and fingerprint as numeric doc values; the result line
/// as binary doc values (read for every shown hit, without decompressing stored fields). Stored: the record without its
/// text, and the text.
/// </summary>
internal static class IndexFields
{
    /// <summary>Bump when the fields change: with the analyzer version it decides whether an index must be rebuilt.</summary>
    public const string SchemaVersion = "lucene-2";

    /// <summary>The commit user data key holding <see cref="Fingerprint"/>.</summary>
    public const string SchemaKey = "schema";

    /// <summary>The commit user data key holding the next sequence number.</summary>
    public const string SequenceKey = "next-seq";

    public const string Id = "id";
    public const string Sequence = "seq";
    public const string Cluster = "cluster";
    public const string Fingerprint64 = "simhash";
    public const string Day = "day";
    public const string Year = "year";

    public const string Title = "title";
    public const string Text = "text";
    public const string All = "all";

    public const string Regency = "regency";
    public const string Province = "province";
    public const string Person = "person";
    public const string Position = "position";
    public const string Source = "source";
    public const string Violation = "violation";

    public const string Hit = "hit";
    public const string Record = "record";
    public const string Body = "body";

    /// <summary>Day number of an undated document in <see cref="Day"/>.</summary>
    public const int Undated = -1;

    public static string Fingerprint => $"{SchemaVersion}/{Analysis.IndonesianAnalyzer.Version}";
}
