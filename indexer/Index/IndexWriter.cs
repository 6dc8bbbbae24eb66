using System.Globalization;
using Microsoft.Data.Sqlite;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The one writer of an index: idempotent upserts by document id and deletes, each batch in one transaction.
/// Thread-safe (calls are serialised); only this class writes the tables.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly IndonesianAnalyzer analyzer;
    private readonly Gazetteer gazetteer;
    private readonly Lock gate = new();

    private IndexWriter(SqliteConnection connection, IndonesianAnalyzer analyzer, Gazetteer gazetteer)
    {
        this.connection = connection;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
    }

    /// <summary>Opens (creating if needed) the index. An index built by another schema or analyzer version is emptied first.</summary>
    public static IndexWriter Open(IndexOptions options, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null)
    {
        var connection = IndexSchema.Open(options, create: true);
        var stored = IndexSchema.StoredFingerprint(connection);
        if (stored is not null && stored != IndexSchema.Fingerprint)
        {
            IndexSchema.Execute(connection, "DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS doc_regency; DROP TABLE IF EXISTS doc_province; DROP TABLE IF EXISTS doc_person; DROP TABLE IF EXISTS doc_violation; DELETE FROM meta;");
        }

        IndexSchema.Create(connection);
        return new IndexWriter(connection, analyzer ?? IndonesianAnalyzer.Default, gazetteer ?? Gazetteer.Default);
    }

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
        var prepared = documents.Select(Prepare).ToList();
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var row in prepared)
            {
                Write(row, transaction);
            }

            transaction.Commit();
        }
    }

    /// <summary>Removes a document; false when it was not in the index.</summary>
    public bool Delete(string id)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            var rowid = RowId(id, transaction);
            if (rowid is null)
            {
                return false;
            }

            DeleteRow(rowid.Value, transaction);
            NonQuery(transaction, "DELETE FROM docs WHERE rowid = $r", ("$r", rowid.Value));
            transaction.Commit();
            return true;
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

        var sortDate = document.Published ?? document.EventDate;
        return new PreparedRow(
            document,
            analyzer.AnalyzeToString(document.Title),
            analyzer.AnalyzeToString(document.Text),
            DocumentJson.Serialize(document),
            sortDate,
            regencies,
            provinces);
    }

    private void Write(PreparedRow row, SqliteTransaction transaction)
    {
        var document = row.Document;
        var existing = RowId(document.Id, transaction);
        if (existing is not null)
        {
            DeleteRow(existing.Value, transaction);
        }

        var rowid = (long)Scalar(transaction, """
            INSERT INTO docs(id, file, title, url, source, published, event_date, sort_date, year, json)
            VALUES ($id, $file, $title, $url, $source, $published, $event, $sort, $year, $json)
            ON CONFLICT(id) DO UPDATE SET file = excluded.file, title = excluded.title, url = excluded.url, source = excluded.source,
                published = excluded.published, event_date = excluded.event_date, sort_date = excluded.sort_date, year = excluded.year, json = excluded.json
            RETURNING rowid
            """,
            ("$id", document.Id), ("$file", document.File), ("$title", document.Title), ("$url", document.Url), ("$source", document.Source),
            ("$published", Iso(document.Published)), ("$event", Iso(document.EventDate)), ("$sort", Iso(row.SortDate)), ("$year", row.SortDate?.Year),
            ("$json", row.Json))!;

        NonQuery(transaction, "INSERT INTO docs_fts(rowid, title, body) VALUES ($r, $t, $b)", ("$r", rowid), ("$t", row.Title), ("$b", row.Body));
        foreach (var region in row.Regencies)
        {
            NonQuery(transaction, "INSERT OR IGNORE INTO doc_regency(doc, code, name) VALUES ($d, $c, $n)", ("$d", rowid), ("$c", region.Code), ("$n", region.DisplayName));
        }

        foreach (var (code, name) in row.Provinces)
        {
            NonQuery(transaction, "INSERT OR IGNORE INTO doc_province(doc, code, name) VALUES ($d, $c, $n)", ("$d", rowid), ("$c", code), ("$n", name));
        }

        foreach (var person in document.Persons)
        {
            NonQuery(transaction, "INSERT OR IGNORE INTO doc_person(doc, name, position) VALUES ($d, $n, $p)", ("$d", rowid), ("$n", person.Name), ("$p", person.Position));
        }

        foreach (var violation in document.Violations)
        {
            NonQuery(transaction, "INSERT OR IGNORE INTO doc_violation(doc, kind) VALUES ($d, $k)", ("$d", rowid), ("$k", violation));
        }
    }

    private long? RowId(string id, SqliteTransaction transaction) =>
        Scalar(transaction, "SELECT rowid FROM docs WHERE id = $id", ("$id", id)) as long?;

    private void DeleteRow(long rowid, SqliteTransaction transaction)
    {
        foreach (var sql in new[]
        {
            "DELETE FROM docs_fts WHERE rowid = $r", "DELETE FROM doc_regency WHERE doc = $r", "DELETE FROM doc_province WHERE doc = $r",
            "DELETE FROM doc_person WHERE doc = $r", "DELETE FROM doc_violation WHERE doc = $r",
        })
        {
            NonQuery(transaction, sql, ("$r", rowid));
        }
    }

    private void NonQuery(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record PreparedRow(Document Document, string Title, string Body, byte[] Json, DateOnly? SortDate, List<Region> Regencies, Dictionary<string, string> Provinces);
}
