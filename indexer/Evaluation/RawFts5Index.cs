using System.Text;
using Microsoft.Data.Sqlite;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// The engine's floor, for comparison only: a plain FTS5 table (unicode61, no analyzer, no entity tables, content
/// stored) searched with <c>ORDER BY rank LIMIT n</c> and snippet(). What our index is measured against.
/// </summary>
public sealed class RawFts5Index : IDisposable
{
    private readonly SqliteConnection connection;

    public RawFts5Index(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE IF NOT EXISTS raw USING fts5(file UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2');");
    }

    public void Add(IEnumerable<(string File, string Title, string Body)> documents)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO raw(file, title, body) VALUES ($f, $t, $b)";
        var file = command.Parameters.Add("$f", SqliteType.Text);
        var title = command.Parameters.Add("$t", SqliteType.Text);
        var body = command.Parameters.Add("$b", SqliteType.Text);
        foreach (var document in documents)
        {
            file.Value = document.File;
            title.Value = document.Title;
            body.Value = document.Body;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Top files for an FTS5 expression (see <see cref="Expression"/>), each with an FTS5 snippet.</summary>
    public List<(string File, string Snippet)> Search(string expression, int limit)
    {
        var results = new List<(string, string)>();
        if (expression.Length == 0)
        {
            return results;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, snippet(raw, 2, '<mark>', '</mark>', '…', 24) FROM raw WHERE raw MATCH $q ORDER BY rank LIMIT $n";
        command.Parameters.AddWithValue("$q", expression);
        command.Parameters.AddWithValue("$n", limit);
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                results.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        catch (SqliteException)
        {
            // A query FTS5 cannot read finds nothing in the baseline.
        }

        return results;
    }

    /// <summary>
    /// A user query as the plain engine would take it: its words and "phrases" quoted, operators and field syntax
    /// dropped, joined with AND (all words required, as the benchmark anchors do) or OR (any word, ranked).
    /// </summary>
    public static string Expression(string query, bool all)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                var phrase = end < 0 ? query[(i + 1)..] : query[(i + 1)..end];
                AddQuoted(parts, phrase);
                i = end < 0 ? query.Length : end + 1;
                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
            {
                i++;
            }

            var word = query[start..i];
            if (word.Length > 0 && word is not ("AND" or "OR" or "NOT" or "TO") && !word.Contains(':', StringComparison.Ordinal))
            {
                AddQuoted(parts, word);
            }

            while (i < query.Length && char.IsWhiteSpace(query[i]))
            {
                i++;
            }
        }

        return string.Join(all ? " AND " : " OR ", parts);
    }

    public long Bytes()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => connection.Dispose();

    private static void AddQuoted(List<string> parts, string text)
    {
        var words = new StringBuilder();
        foreach (var c in text)
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var cleaned = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > 0)
        {
            parts.Add("\"" + cleaned + "\"");
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
