using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneIndonesianAnalyzer = Lucene.Net.Analysis.Id.IndonesianAnalyzer;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// The engine's floor, for comparison only: Lucene.Net as it comes (its own IndonesianAnalyzer, title and text
/// fields, BM25, a MultiFieldQueryParser over both), top N and nothing else: no entities, no filters, no facets, no
/// collapsing, no snippets. What our index is measured against, in the same run.
/// </summary>
public sealed class PlainLuceneIndex : IDisposable
{
    private static readonly string[] Fields = ["title", "text"];

    private readonly Lucene.Net.Store.Directory directory;
    private readonly LuceneIndonesianAnalyzer analyzer = new(LuceneVersion.LUCENE_48);
    private readonly IndexWriter writer;
    private SearcherManager? searchers;

    public PlainLuceneIndex(string folder)
    {
        directory = new MMapDirectory(new DirectoryInfo(folder));
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        });
    }

    public void Add(IEnumerable<(string File, string Title, string Body)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (file, title, body) in documents)
        {
            writer.AddDocument(new Document
            {
                new StringField("file", file, Field.Store.YES),
                new TextField("title", title, Field.Store.NO),
                new TextField("text", body, Field.Store.NO),
            });
        }
    }

    /// <summary>Merges into one segment, as our index is after a bulk load (the peer gets the same advantage).</summary>
    public void Compact() => writer.ForceMerge(1);

    /// <summary>Makes what was added searchable (a commit and a fresh reader).</summary>
    public void Commit()
    {
        writer.Commit();
        searchers ??= new SearcherManager(writer, applyAllDeletes: true, new BM25Searchers());
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>The top files for a query's words and phrases (see <see cref="Words"/>): all required, or any, ranked.</summary>
    public List<string> Search(string words, int limit, bool all)
    {
        var files = new List<string>();
        if (words.Length == 0 || searchers is null)
        {
            return files;
        }

        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, Fields, analyzer)
        {
            DefaultOperator = all ? Operator.AND : Operator.OR,
        };
        Lucene.Net.Search.Query query;
        try
        {
            query = parser.Parse(words);
        }
        catch (ParseException)
        {
            return files;
        }

        var searcher = searchers.Acquire();
        try
        {
            foreach (var hit in searcher.Search(query, limit).ScoreDocs)
            {
                files.Add(searcher.Doc(hit.Doc).Get("file"));
            }
        }
        finally
        {
            searchers.Release(searcher);
        }

        return files;
    }

    /// <summary>
    /// A user query as the plain engine takes it: its words and "phrases", escaped; operators and field syntax dropped.
    /// </summary>
    public static string Words(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                var phrase = Clean(end < 0 ? query[(i + 1)..] : query[(i + 1)..end]);
                if (phrase.Length > 0)
                {
                    parts.Add("\"" + phrase + "\"");
                }

                i = end < 0 ? query.Length : end + 1;
                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
            {
                i++;
            }

            var word = query[start..i];
            if (word.Length > 0 && word is not ("AND" or "OR" or "NOT" or "TO") && !word.Contains(':', StringComparison.Ordinal) && Clean(word) is { Length: > 0 } clean)
            {
                parts.Add(clean);
            }

            while (i < query.Length && char.IsWhiteSpace(query[i]))
            {
                i++;
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Bytes of the index's files.</summary>
    public long Bytes() => directory.ListAll().Sum(directory.FileLength);

    public void Dispose()
    {
        searchers?.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private static string Clean(string text)
    {
        var words = new StringBuilder();
        foreach (var c in text)
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class BM25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
