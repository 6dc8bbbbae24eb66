namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The fields of a Lucene document. Text: <see cref="Title"/> and <see cref="All"/> (the body from position 0, then the
/// title <see cref="TitleWeight"/> times from <see cref="TitleBase"/>: what a plain word searches, and, below
/// <see cref="TitleBase"/>, what a <c>text:</c> query and a snippet read), analyzed by our analyzer with positions. Entities: codes and kinds as
/// untokenized terms, names as words (<c>NameAnalyzer</c>), each also as sorted-set doc values for facets. Dates and
/// years as numeric terms; the day, same-story cluster, sequence and fingerprint as numeric doc values; the result line
/// and the start of the text as binary doc values (read for every shown hit and snippet without decompressing stored
/// fields). Stored: the record without its text, and the text past the passage (the document view joins the two).
/// </summary>
internal static class IndexFields
{
    /// <summary>Bump when the fields change: with the analyzer version it decides whether an index must be rebuilt.</summary>
    public const string SchemaVersion = "lucene-8";

    /// <summary>The commit user data key holding <see cref="Fingerprint"/>.</summary>
    public const string SchemaKey = "schema";

    /// <summary>The commit user data key holding the next sequence number.</summary>
    public const string SequenceKey = "next-seq";

    public const string Id = "id";

    /// <summary>A 64-bit hash of the id (numeric doc values): the writer's key for a document's fingerprint.</summary>
    public const string IdKey = "idkey";
    public const string Sequence = "seq";
    public const string Cluster = "cluster";
    public const string Fingerprint64 = "simhash";
    public const string Day = "day";
    public const string Year = "year";

    public const string Title = "title";
    public const string All = "all";

    /// <summary>
    /// Where the title's copies start in <see cref="All"/>: every body position lies below it (a text of two million
    /// characters has fewer than two million words), so the body is indexed once and a body-only query is a span
    /// query over <see cref="All"/> ending at or before it.
    /// </summary>
    public const int TitleBase = 1 << 30;

    /// <summary>
    /// How many times the title is indexed in <see cref="All"/>: its weight against the body's one, as the title
    /// weight of the BM25F ranking this index replaced.
    /// </summary>
    public const int TitleWeight = 4;

    public const string Regency = "regency";
    public const string Province = "province";
    public const string Person = "person";
    public const string Position = "position";
    public const string Source = "source";
    public const string Violation = "violation";

    /// <summary>The violation kinds of the actual cases a document reports (<c>Document.Incidents</c>), as codes: the
    /// field an incidents-only filter reads.</summary>
    public const string Incident = "incident";

    /// <summary>What a document holds about neutrality (<c>Document.Modes</c>: incident, appeal, rule), as codes.</summary>
    public const string Mode = "mode";

    public const string Hit = "hit";
    public const string Record = "record";

    /// <summary>The text past <see cref="Passage"/> (stored): the document's text is the passage and this.</summary>
    public const string Tail = "tail";

    /// <summary>The start of the text (binary doc values, at most <see cref="MaxValueBytes"/>), which snippets are cut from.</summary>
    public const string Passage = "passage";

    /// <summary>Lucene 4.8 refuses a binary doc value longer than 32,766 bytes.</summary>
    public const int MaxValueBytes = 32_000;

    /// <summary>Day number of an undated document in <see cref="Day"/>.</summary>
    public const int Undated = -1;

    public static string Fingerprint => $"{SchemaVersion}/{Analysis.IndonesianAnalyzer.Version}";

    /// <summary>The key of a document id (FNV-1a, 64 bits).</summary>
    public static long KeyOf(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
