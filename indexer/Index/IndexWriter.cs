using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Index.Clustering;
using NetralitasSearch.Indexer.Index.Memory;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The one writer of an index: idempotent upserts by document id and deletes, each batch in one transaction.
/// It assigns each document its same-story cluster and keeps an attached <see cref="MemoryIndex"/> current after
/// every commit. Thread-safe (calls are serialised); only this class writes the tables.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    /// <summary>Batches from this size up are analyzed in parallel (one document is not worth a thread hop).</summary>
    private const int ParallelPrepareBatch = 16;

    private readonly SqliteConnection connection;
    private readonly IndonesianAnalyzer analyzer;
    private readonly Gazetteer gazetteer;
    private readonly MemoryIndex? memory;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly NearDuplicateIndex duplicates = new();
    /// <summary>Clusters of texts too short for a fingerprint, by a hash of the whole text (this process only).</summary>
    private readonly Dictionary<ulong, long> exactText = [];
    private readonly Lock gate = new();

    private IndexWriter(SqliteConnection connection, IndonesianAnalyzer analyzer, Gazetteer gazetteer, MemoryIndex? memory)
    {
        this.connection = connection;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.memory = memory;
        LoadState();
    }

    /// <summary>
    /// Opens (creating if needed) the index. An index built by another schema or analyzer version is emptied first
    /// (its documents are then indexed again by the caller). With <paramref name="withMemory"/> the writer also loads
    /// the in-memory search cache (<see cref="Memory"/>) and keeps it current, for a searcher in the same process.
    /// </summary>
    public static IndexWriter Open(IndexOptions options, bool withMemory = false, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null)
    {
        var connection = IndexSchema.Open(options, create: true);
        var stored = IndexSchema.StoredFingerprint(connection);
        if (stored is not null && stored != IndexSchema.Fingerprint)
        {
            IndexSchema.Execute(connection, "DROP TABLE IF EXISTS terms; DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS doc_regency; DROP TABLE IF EXISTS doc_province; DROP TABLE IF EXISTS doc_person; DROP TABLE IF EXISTS doc_violation; DELETE FROM meta;");
        }

        IndexSchema.Create(connection);
        var memory = withMemory ? MemoryIndex.Load(connection) : null;
        return new IndexWriter(connection, analyzer ?? IndonesianAnalyzer.Default, gazetteer ?? Gazetteer.Default, memory);
    }

    /// <summary>The in-memory search cache this writer keeps current (opened with <c>withMemory</c>), or null.</summary>
    public MemoryIndex? Memory => memory;

    /// <summary>How many documents the index holds.</summary>
    public long Count()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM docs";
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Upsert(Document document) => Upsert([document]);

    /// <summary>Adds or replaces documents by id, in one transaction.</summary>
    public void Upsert(IReadOnlyCollection<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Analysis is pure and costs as much as the write itself: a batch is analyzed on every core, in its order.
        var prepared = documents.Count < ParallelPrepareBatch
            ? documents.Select(Prepare).ToList()
            : documents.AsParallel().AsOrdered().Select(Prepare).ToList();
        lock (gate)
        {
            var newTerms = new List<(int, string)>();
            var removed = new List<long>();
            var added = new List<MemoryDocument>();
            using (var transaction = connection.BeginTransaction())
            {
                var statements = new Statements(connection, transaction);
                foreach (var row in prepared)
                {
                    added.Add(Write(row, statements, newTerms, removed));
                }

                transaction.Commit();
                statements.Dispose();
            }

            memory?.Apply(newTerms, removed, added);
        }
    }

    /// <summary>Removes a document; false when it was not in the index.</summary>
    public bool Delete(string id)
    {
        lock (gate)
        {
            long rowid;
            using (var transaction = connection.BeginTransaction())
            {
                var statements = new Statements(connection, transaction);
                if (RowId(id, statements) is not { } existing)
                {
                    return false;
                }

                rowid = existing;
                DeleteRow(rowid, statements);
                statements.Execute("DELETE FROM docs WHERE rowid = $r", ("$r", rowid));
                transaction.Commit();
                statements.Dispose();
            }

            Forget(rowid);
            memory?.Apply([], [rowid], []);
            return true;
        }
    }

    /// <summary>Removes every document (before a rebuild from the stored documents).</summary>
    public void Clear()
    {
        lock (gate)
        {
            using (var transaction = connection.BeginTransaction())
            {
                var statements = new Statements(connection, transaction);
                foreach (var sql in new[] { "DELETE FROM docs", "DELETE FROM doc_regency", "DELETE FROM doc_province", "DELETE FROM doc_person", "DELETE FROM doc_violation", "INSERT INTO docs_fts(docs_fts) VALUES('delete-all')" })
                {
                    statements.Execute(sql);
                }

                transaction.Commit();
                statements.Dispose();
            }

            duplicates.Clear();
            exactText.Clear();
            memory?.Clear();
        }
    }

    /// <summary>
    /// Whether an index file can be used: it opens, its schema can be read and SQLite's quick check passes. A file
    /// damaged while the host was down fails this, and the host rebuilds the index from the stored documents.
    /// </summary>
    public static string? Check(IndexOptions options)
    {
        if (!File.Exists(options.DatabasePath))
        {
            return null;
        }

        try
        {
            using var connection = IndexSchema.Open(options, create: false);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            var result = command.ExecuteScalar() as string;
            if (result != "ok")
            {
                return $"quick_check: {result}";
            }

            command.CommandText = "SELECT count(*) FROM meta";
            command.ExecuteScalar();

            // quick_check sees the b-trees, not what FTS5 stores inside its blobs: damage there only shows when a
            // query decodes it ("database disk image is malformed"), so FTS5's own check runs too.
            command.CommandText = "INSERT INTO docs_fts(docs_fts, rank) VALUES('integrity-check', 0)";
            command.ExecuteNonQuery();
            return null;
        }
        catch (SqliteException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The ids in the index, for reconciliation with the stored documents.</summary>
    public HashSet<string> Ids()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM docs";
            using var reader = command.ExecuteReader();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    /// <summary>The term dictionary and the fingerprints of the stored documents, for assigning ids and clusters.</summary>
    private void LoadState()
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, term FROM terms";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                termIds[reader.GetString(1)] = (int)reader.GetInt64(0);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid, simhash, cluster FROM docs WHERE simhash IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                duplicates.Add(reader.GetInt64(0), unchecked((ulong)reader.GetInt64(1)), reader.GetInt64(2));
            }
        }
    }

    /// <summary>Analysis happens outside the lock, so concurrent callers only queue for the write itself.</summary>
    private PreparedRow Prepare(Document document)
    {
        var regencies = document.RegencyCodes.Select(gazetteer.ByCode).OfType<Region>().ToList();
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in regencies)
        {
            provinces.TryAdd(region.ProvinceCode, region.ProvinceName);
        }

        foreach (var name in document.Provinces)
        {
            foreach (var province in gazetteer.Resolve(name).Where(r => r.Kind == RegionKind.Province))
            {
                provinces.TryAdd(province.Code, province.Name);
            }
        }

        var titleTerms = analyzer.Analyze(document.Title).Select(t => t.Term).ToList();
        var bodyTerms = analyzer.Analyze(document.Text).Select(t => t.Term).ToList();
        return new PreparedRow(
            document,
            string.Join(' ', titleTerms),
            string.Join(' ', bodyTerms),
            Vector(titleTerms, bodyTerms),
            SimHash.Of(bodyTerms),
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(HitData.Of(document), DocumentJson.Options),
            DocumentJson.Serialize(document),
            document.Published ?? document.EventDate,
            regencies,
            provinces);
    }

    private static TermVector Vector(List<string> titleTerms, List<string> bodyTerms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in titleTerms)
        {
            counts[term] = counts.GetValueOrDefault(term) + TermVector.TitleBoost;
        }

        foreach (var term in bodyTerms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return new TermVector(counts.Select(pair => (pair.Key, pair.Value)).ToList(), Math.Max(1, bodyTerms.Count + TermVector.TitleBoost * titleTerms.Count));
    }

    private MemoryDocument Write(PreparedRow row, Statements statements, List<(int, string)> newTerms, List<long> removed)
    {
        var document = row.Document;
        if (RowId(document.Id, statements) is { } existing)
        {
            DeleteRow(existing, statements);
            statements.Execute("DELETE FROM docs WHERE rowid = $r", ("$r", existing));
            Forget(existing);
            removed.Add(existing);
        }

        var terms = new List<(int, int)>(row.Vector.Terms.Count);
        foreach (var (term, frequency) in row.Vector.Terms)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = termIds.Count;
                termIds[term] = id;
                newTerms.Add((id, term));
                statements.Execute("INSERT INTO terms(id, term) VALUES ($i, $t)", ("$i", id), ("$t", term));
            }

            terms.Add((id, frequency));
        }

        var rowid = (long)statements.Scalar("""
            INSERT INTO docs(id, file, title, url, source, published, event_date, sort_date, year, length, terms, simhash, cluster, hit, text, json)
            VALUES ($id, $file, $title, $url, $source, $published, $event, $sort, $year, $length, $terms, $simhash, 0, $hit, $text, $json)
            RETURNING rowid
            """,
            ("$id", document.Id), ("$file", document.File), ("$title", document.Title), ("$url", document.Url), ("$source", document.Source),
            ("$published", Iso(document.Published)), ("$event", Iso(document.EventDate)), ("$sort", Iso(row.SortDate)), ("$year", row.SortDate?.Year),
            ("$length", row.Vector.Length), ("$terms", Varint.EncodePairs(terms)), ("$simhash", row.Fingerprint is { } f ? unchecked((long)f) : (long?)null),
            ("$hit", row.Hit), ("$text", document.Text), ("$json", row.Json))!;

        var cluster = Cluster(rowid, row);
        statements.Execute("UPDATE docs SET cluster = $c WHERE rowid = $r", ("$c", cluster), ("$r", rowid));
        statements.Execute("INSERT INTO docs_fts(rowid, title, body) VALUES ($r, $t, $b)", ("$r", rowid), ("$t", row.Title), ("$b", row.Body));
        foreach (var region in row.Regencies)
        {
            statements.Execute("INSERT OR IGNORE INTO doc_regency(doc, code, name) VALUES ($d, $c, $n)", ("$d", rowid), ("$c", region.Code), ("$n", region.DisplayName));
        }

        foreach (var (code, name) in row.Provinces)
        {
            statements.Execute("INSERT OR IGNORE INTO doc_province(doc, code, name) VALUES ($d, $c, $n)", ("$d", rowid), ("$c", code), ("$n", name));
        }

        foreach (var person in document.Persons)
        {
            statements.Execute("INSERT OR IGNORE INTO doc_person(doc, name, position) VALUES ($d, $n, $p)", ("$d", rowid), ("$n", person.Name), ("$p", person.Position));
        }

        foreach (var violation in document.Violations)
        {
            statements.Execute("INSERT OR IGNORE INTO doc_violation(doc, kind) VALUES ($d, $k)", ("$d", rowid), ("$k", violation));
        }

        return new MemoryDocument(
            rowid,
            terms,
            row.Vector.Length,
            row.SortDate?.DayNumber ?? -1,
            document.Source,
            row.Regencies.Select(r => r.Code).ToList(),
            row.Provinces.Keys.ToList(),
            document.Persons.Select(p => (p.Name, p.Position)).ToList(),
            document.Violations,
            cluster);
    }

    /// <summary>The same text is the same story; otherwise the nearest fingerprint within the threshold decides.</summary>
    private long Cluster(long rowid, PreparedRow row)
    {
        ulong? textKey = row.Body.Length > 0 && row.Fingerprint is null ? TextHash(row.Body) : null;
        var cluster = textKey is { } key && exactText.TryGetValue(key, out var same) ? same
            : row.Fingerprint is { } fingerprint ? duplicates.FindCluster(fingerprint, rowid) ?? rowid
            : rowid;
        if (row.Fingerprint is { } print)
        {
            duplicates.Add(rowid, print, cluster);
        }

        if (textKey is { } hashed)
        {
            exactText.TryAdd(hashed, cluster);
        }

        return cluster;
    }

    private static ulong TextHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private void Forget(long rowid) => duplicates.Remove(rowid);

    private static long? RowId(string id, Statements statements) => statements.Scalar("SELECT rowid FROM docs WHERE id = $id", ("$id", id)) as long?;

    private static void DeleteRow(long rowid, Statements statements)
    {
        foreach (var sql in new[]
        {
            "DELETE FROM docs_fts WHERE rowid = $r", "DELETE FROM doc_regency WHERE doc = $r", "DELETE FROM doc_province WHERE doc = $r",
            "DELETE FROM doc_person WHERE doc = $r", "DELETE FROM doc_violation WHERE doc = $r",
        })
        {
            statements.Execute(sql, ("$r", rowid));
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record PreparedRow(
        Document Document,
        string Title,
        string Body,
        TermVector Vector,
        ulong? Fingerprint,
        byte[] Hit,
        byte[] Json,
        DateOnly? SortDate,
        List<Region> Regencies,
        Dictionary<string, string> Provinces);

    /// <summary>Prepared statements of one transaction, reused across its rows (preparing SQL costs more than running it).</summary>
    private sealed class Statements(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public void Execute(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

        public object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteScalar();

        public void Dispose()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
        }

        private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                command.Prepare();
                commands[sql] = command;
            }

            foreach (var (name, value) in parameters)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }

            return command;
        }
    }
}
