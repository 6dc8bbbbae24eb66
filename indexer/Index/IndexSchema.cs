using Microsoft.Data.Sqlite;
using NetralitasSearch.Indexer.Analysis;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The tables: <c>docs</c> (one row per document: filter columns and the document JSON), <c>docs_fts</c>
/// (contentless FTS5 over the analyzed title and body) and one table per entity kind for filters and facets.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bump when the tables change; with the analyzer version it decides whether an index must be rebuilt.</summary>
    public const string Version = "2";

    public static string Fingerprint => $"schema-{Version}/{IndonesianAnalyzer.Version}";

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS docs(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            source TEXT,
            published TEXT,
            event_date TEXT,
            sort_date TEXT,
            year INTEGER,
            length INTEGER NOT NULL,
            terms BLOB NOT NULL,
            simhash INTEGER,
            cluster INTEGER NOT NULL,
            hit BLOB NOT NULL,
            text TEXT NOT NULL,
            json BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS docs_cluster ON docs(cluster);
        CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
        CREATE INDEX IF NOT EXISTS docs_sort_date ON docs(sort_date);
        CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS doc_regency(doc INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(doc, code)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS doc_regency_code ON doc_regency(code, doc);
        CREATE TABLE IF NOT EXISTS doc_province(doc INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(doc, code)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS doc_province_code ON doc_province(code, doc);
        CREATE TABLE IF NOT EXISTS doc_person(doc INTEGER NOT NULL, name TEXT NOT NULL, position TEXT, PRIMARY KEY(doc, name)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS doc_person_name ON doc_person(name COLLATE NOCASE, doc);
        CREATE TABLE IF NOT EXISTS doc_violation(doc INTEGER NOT NULL, kind TEXT NOT NULL, PRIMARY KEY(doc, kind)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS doc_violation_kind ON doc_violation(kind, doc);
        """;

    public static SqliteConnection Open(IndexOptions options, bool create)
    {
        if (create)
        {
            System.IO.Directory.CreateDirectory(options.Directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=30000;");
        return connection;
    }

    public static void Create(SqliteConnection connection)
    {
        Execute(connection, Ddl);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO meta(key, value) VALUES('fingerprint', $f) ON CONFLICT(key) DO NOTHING";
        command.Parameters.AddWithValue("$f", Fingerprint);
        command.ExecuteNonQuery();
    }

    /// <summary>The fingerprint the index was built with, or null for an empty file.</summary>
    public static string? StoredFingerprint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'fingerprint'";
        try
        {
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
