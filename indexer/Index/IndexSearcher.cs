using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NetralitasSearch.Indexer.Analysis;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Query;
using LuceneQuery = Lucene.Net.Search.Query;
using LuceneSearcher = Lucene.Net.Search.IndexSearcher;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The read side, one code path for every answer: the query and the request's filters become one Lucene query; a
/// collector gathers every match into same-story clusters (<see cref="StoryCollector"/>); the total, the page, the
/// facets, the months and aggregates are all read from those stories; snippets are built for the shown hits only. A
/// plain list of words that no document holds whole is asked again as "any of these words", ranked by how many it
/// holds (and the answer says so); one whose exact stories do not fill the first page may also get, apart, the stories
/// holding most of its words (<see cref="SearchRequest.PartialMatches"/>). Any number of searches run at once.
/// </summary>
public sealed class IndexSearcher : IDisposable
{
    /// <summary>How often a searcher of its own looks for a newer commit (another process writes the index).</summary>
    private const long RefreshMilliseconds = 250;

    private static readonly HashSet<string> RecordFields = [IndexFields.Record, IndexFields.Tail];

    private readonly IndexOptions options;
    private readonly Gazetteer gazetteer;
    private readonly Query.QueryParser parser;
    private readonly ValuesCache cache;
    private readonly IndexWriter? source;
    private readonly Func<SearcherManager?>? replica;
    private readonly System.Threading.Lock gate = new();
    private Lucene.Net.Store.Directory? directory;
    private SearcherManager? own;
    private long lastRefresh;

    /// <summary>A searcher over the committed index in a folder (the CLI, the benchmark): it sees new commits within a quarter second.</summary>
    public IndexSearcher(IndexOptions options, IndonesianAnalyzer? analyzer = null, Gazetteer? gazetteer = null, Query.QueryParser? parser = null)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.gazetteer = gazetteer ?? Gazetteer.Default;
        this.parser = parser ?? new Query.QueryParser(QueryLimits.Default, this.gazetteer, analyzer ?? IndonesianAnalyzer.Default);
        cache = new ValuesCache();
    }

    /// <summary>The near-real-time searcher of a writer in this process: it sees every batch as soon as the writer returns.</summary>
    public IndexSearcher(IndexWriter writer, Query.QueryParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        options = writer.Options;
        gazetteer = writer.Gazetteer;
        this.parser = parser ?? new Query.QueryParser(QueryLimits.Default, gazetteer, writer.Analyzer);
        cache = writer.Values;
        source = writer;
    }

    /// <summary>A searcher over a replica's current commit (<see cref="Replication.ReplicaIndex"/>): none until it has one.</summary>
    internal IndexSearcher(Func<SearcherManager?> replica, ValuesCache cache, IndexOptions options, IndonesianAnalyzer? analyzer, Gazetteer? gazetteer)
        : this(options, analyzer, gazetteer)
    {
        this.replica = replica;
        this.cache = cache;
    }

    /// <summary>Facet values returned per facet.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Whether a search matching most of the index counts its facets down from the reader's totals (the same counts; tests compare both ways).</summary>
    internal bool CountDownFacets { get; init; } = true;

    public SearchOutcome Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (question, error) = Prepare(request);
        if (question is null)
        {
            return new SearchOutcome(null, error);
        }

        using var lease = Lease();
        if (lease.Searcher is not { } searcher)
        {
            return new SearchOutcome(Empty(request), null);
        }

        var leaves = Leaves(searcher);
        var (stories, relaxed) = Collect(searcher, leaves, question, request);
        var asked = relaxed ? question.Parsed.RelaxableParts! : [question.Parsed.Query];
        var hits = Hits(searcher, stories, [.. stories.Top(request.Page * request.Size).Skip((request.Page - 1) * request.Size)], request, asked, counted: relaxed);
        var timeline = request.Months ? stories.Timeline() : default;
        var facetSize = request.FacetLimit switch { null => FacetSize, 0 => int.MaxValue, var limit => limit.Value };
        var facets = request.Facets ? FacetCounter.ForThisThread().Count(stories, cache, gazetteer, facetSize, cache.Members(searcher.IndexReader), request.Collapse, CountDownFacets) : [];
        var total = stories.Total;

        // Last: the partial search collects into the same scratch, so everything read from the exact stories is read by now.
        var partial = relaxed ? null : Partial(searcher, leaves, question, request, stories);
        var response = new SearchResponse(total, hits, facets)
        {
            Page = request.Page,
            Size = request.Size,
            Relaxed = relaxed,
            ExactTotal = relaxed ? 0 : null,
            Months = request.Months ? timeline.Months : null,
            Undated = request.Months ? timeline.Undated : null,
            Partial = partial?.Hits ?? [],
            PartialTotal = partial?.Total ?? 0,
            Parts = relaxed ? question.Parsed.RelaxableParts!.Count : partial?.Parts,
            PartialMin = partial?.Minimum,
        };
        return new SearchOutcome(response, null);
    }

    /// <summary>
    /// Every value of <paramref name="by"/> (and within each, of <paramref name="then"/>) over the whole result of a
    /// search: <c>count</c> stories as the search total and the facets count them, <c>documents</c> documents. Most
    /// stories first, then by value; <paramref name="limit"/> keeps the first values of each level.
    /// </summary>
    public AggregateOutcome Aggregate(SearchRequest request, AggregateField by, AggregateField? then = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (question, error) = Prepare(request);
        if (question is null)
        {
            return new AggregateOutcome(null, error);
        }

        using var lease = Lease();
        if (lease.Searcher is not { } searcher)
        {
            return new AggregateOutcome(new AggregateResponse(0, 0, []), null);
        }

        var (stories, relaxed) = Collect(searcher, Leaves(searcher), question, request);
        var buckets = new StoryAggregator(stories, cache, gazetteer).Buckets(by, then, limit);
        return new AggregateOutcome(new AggregateResponse(stories.Total, stories.Documents, buckets) { Relaxed = relaxed }, null);
    }

    /// <summary>The stored document, or null.</summary>
    public Document? GetDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = Lease();
        if (lease.Searcher is not { } searcher)
        {
            return null;
        }

        var term = new Term(IndexFields.Id, id);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null && docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var stored = leaf.AtomicReader.Document(doc, RecordFields);
                var bytes = stored.GetBinaryValue(IndexFields.Record);
                var record = DocumentJson.TryDeserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
                return record is null ? null : record with { Text = Passage(leaf.AtomicReader, doc) + stored.Get(IndexFields.Tail) };
            }
        }

        return null;
    }

    /// <summary>The start of a document's text, as kept for snippets.</summary>
    private static string Passage(AtomicReader reader, int doc)
    {
        var bytes = new Lucene.Net.Util.BytesRef();
        reader.GetBinaryDocValues(IndexFields.Passage)?.Get(doc, bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    public long Count()
    {
        using var lease = Lease();
        return lease.Searcher?.IndexReader.NumDocs ?? 0;
    }

    public void Dispose()
    {
        lock (gate)
        {
            own?.Dispose();
            directory?.Dispose();
            own = null;
            directory = null;
        }
    }

    private static SearchResponse Empty(SearchRequest request) => new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>())
    {
        Page = request.Page,
        Size = request.Size,
        Months = request.Months ? [] : null,
        Undated = request.Months ? 0 : null,
    };

    private static LuceneQuery Combine(LuceneQuery query, List<LuceneQuery> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }

        var all = new BooleanQuery(disableCoord: true);
        if (query is not MatchAllDocsQuery)
        {
            all.Add(query, Occur.MUST);
        }

        foreach (var filter in filters)
        {
            all.Add(filter, Occur.MUST);
        }

        return all;
    }

    /// <summary>The query read and the filters turned into clauses; an error for a malformed query or a filter naming nothing.</summary>
    private (Question? Question, QueryError? Error) Prepare(SearchRequest request)
    {
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsSuccess)
        {
            return (null, parsed.Error);
        }

        var filters = new List<LuceneQuery>();
        try
        {
            foreach (var (field, value) in new[]
            {
                (QueryField.Regency, request.Regency), (QueryField.Province, request.Province), (QueryField.Person, request.Person),
                (QueryField.Source, request.Source), (QueryField.Violation, request.Violation), (QueryField.Cluster, request.Cluster),
                (QueryField.Id, request.DocumentId),
            })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    filters.Add(parser.FieldQueries.Value(field, value));
                }
            }

            if (request.From is not null || request.To is not null)
            {
                filters.Add(parser.FieldQueries.Range(QueryField.Published, Iso(request.From), Iso(request.To), true, true));
            }

            if (request.IncidentsOnly)
            {
                filters.Add(IncidentFilter());
            }
        }
        catch (QueryFailure failure)
        {
            return (null, new QueryError(-1, failure.Message));
        }

        return (new Question(parsed.Query, filters), null);
    }

    /// <summary>
    /// A document that reports an incident: one with any value of <see cref="IndexFields.Incident"/> (the kinds of the
    /// actual cases extraction found, never <c>appeal</c>), asked as one term per kind. An open term range over the field was tried: in the host's
    /// near-real-time index of many small segments it missed documents whose only kind sorts first in their segment.
    /// </summary>
    private static LuceneQuery IncidentFilter()
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var kind in Extraction.Violations.ViolationKinds.All)
        {
            any.Add(new TermQuery(new Term(IndexFields.Incident, kind)), Occur.SHOULD);
        }

        return new ConstantScoreQuery(any) { Boost = 0 };
    }

    private SegmentValues[] Leaves(LuceneSearcher searcher) => [.. searcher.IndexReader.Leaves.Select(leaf => cache.Of(leaf.AtomicReader))];

    /// <summary>Every match gathered into stories; relaxed to "any of the words" when a plain list of words finds nothing whole.</summary>
    private (StorySet Stories, bool Relaxed) Collect(LuceneSearcher searcher, SegmentValues[] leaves, Question question, SearchRequest request)
    {
        var stories = Run(searcher, leaves, Combine(question.Parsed.Query, question.Filters), request, parts: null);
        if (stories.Total > 0 || !request.Relax || question.Parsed.RelaxableParts is not { Count: >= 2 } parts)
        {
            return (stories, false);
        }

        var relaxed = Run(searcher, leaves, Combine(Any(parts, minimum: 0), question.Filters), request, Weights(searcher, parts));
        return relaxed.Total > 0 ? (relaxed, true) : (stories, false);
    }

    /// <summary>
    /// The partial hits of a plain question whose exact stories do not fill the first page: the stories holding most of
    /// its parts (<see cref="PartialMatchRule"/>) but none of the exact ones, most parts first, then by the request's
    /// order. Null when the request does not ask for them or they do not apply; this is the only extra work, and only
    /// for such questions (the common search fills its first page with exact hits and never gets here).
    /// </summary>
    private PartialHits? Partial(LuceneSearcher searcher, SegmentValues[] leaves, Question question, SearchRequest request, StorySet exact)
    {
        if (!request.PartialMatches || request.Page != 1 || exact.Total >= request.Size
            || question.Parsed.RelaxableParts is not { } parts || !PartialMatchRule.Applies(parts.Count))
        {
            return null;
        }

        // Read before the partial search reuses the scratch the exact stories live in.
        var room = request.Size - exact.Total;
        var excluded = exact.Scratch.Touched.ToHashSet();
        var minimum = PartialMatchRule.Minimum(parts.Count);
        var stories = Run(searcher, leaves, Combine(Any(parts, minimum), question.Filters), request, Weights(searcher, parts), excluded);
        var hits = Hits(searcher, stories, stories.Top(room), request, parts, counted: true);
        return new PartialHits(hits, stories.Total, parts.Count, minimum);
    }

    /// <summary>Documents holding at least <paramref name="minimum"/> of the parts (any of them for 0), scored by the sum of those they hold.</summary>
    private static BooleanQuery Any(IReadOnlyList<LuceneQuery> parts, int minimum)
    {
        var any = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = minimum };
        foreach (var part in parts)
        {
            any.Add(part, Occur.SHOULD);
        }

        return any;
    }

    private static Weight[] Weights(LuceneSearcher searcher, IReadOnlyList<LuceneQuery> parts) => [.. parts.Select(searcher.CreateNormalizedWeight)];

    private StorySet Run(LuceneSearcher searcher, SegmentValues[] leaves, LuceneQuery query, SearchRequest request, Weight[]? parts, HashSet<int>? excluded = null)
    {
        var scratch = StoryScratch.ForThisThread();
        scratch.Begin(request.Collapse ? cache.ClusterCount : searcher.IndexReader.MaxDoc);
        var byDate = request.Sort == SortOrder.Date;
        searcher.Search(query, new StoryCollector(scratch, leaves, request.Collapse, byDate, parts, excluded));
        return new StorySet(scratch, leaves, byDate);
    }

    /// <summary>
    /// The hits of <paramref name="page"/> (stories of <paramref name="stories"/>), with snippets marking what was
    /// <paramref name="asked"/>; <paramref name="counted"/> when the search counted the parts each story holds.
    /// </summary>
    private List<SearchHit> Hits(LuceneSearcher searcher, StorySet stories, List<int> page, SearchRequest request, IEnumerable<LuceneQuery> asked, bool counted)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var leaves = searcher.IndexReader.Leaves;
        var members = request.Collapse ? cache.Members(searcher.IndexReader) : null;
        var shown = page.ConvertAll(stories.Shown);
        var positions = request.Snippets ? PassageMatches.Of(leaves, shown, HighlightTerms.Of(asked, searcher)) : null;
        var hitValues = new BinaryDocValues?[leaves.Count];
        var passages = new BinaryDocValues?[leaves.Count];
        var bytes = new Lucene.Net.Util.BytesRef();
        var hits = new List<SearchHit>(page.Count);
        for (var i = 0; i < page.Count; i++)
        {
            var (leaf, doc) = shown[i];
            var reader = leaves[leaf].AtomicReader;
            (hitValues[leaf] ??= reader.GetBinaryDocValues(IndexFields.Hit)).Get(doc, bytes);
            var hit = HitCodec.Read(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
            if (hit is null)
            {
                continue;
            }

            var values = stories.Leaves[leaf];
            var (duplicates, outlets) = members is null ? (0, []) : Others(members.Of(values.Clusters[doc]), leaves, leaves[leaf].DocBase + doc, values.Sources[doc]);
            var snippet = "";
            if (positions is not null)
            {
                (passages[leaf] ??= reader.GetBinaryDocValues(IndexFields.Passage)).Get(doc, bytes);
                snippet = SnippetBuilder.Build(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), positions[i]);
            }

            ref readonly var story = ref stories.Scratch.Stories[page[i]];
            hits.Add(new SearchHit(hit.Id, hit.File, hit.Title, hit.Url, hit.Published, hit.Source, hit.Regencies, hit.Persons, snippet, Math.Round(story.BestScore, 4))
            {
                MatchedParts = counted ? story.BestCoverage : null,
                Provinces = hit.Provinces,
                Violations = hit.Violations,
                EventDate = hit.EventDate,
                Cluster = cache.ClusterKey(values.Clusters[doc]).ToString(CultureInfo.InvariantCulture),
                Duplicates = duplicates,
                AlsoPublishedBy = outlets,
            });
        }

        return hits;
    }

    /// <summary>The other versions of a story (whether they match or not) and their outlets other than the shown one's.</summary>
    private (int Count, List<string> Outlets) Others(ReadOnlySpan<int> members, IList<AtomicReaderContext> leaves, int shown, int shownSource)
    {
        var outlets = new List<int>();
        foreach (var member in members)
        {
            if (member == shown)
            {
                continue;
            }

            var leaf = ReaderUtil.SubIndex(member, leaves);
            var source = cache.Of(leaves[leaf].AtomicReader).Sources[member - leaves[leaf].DocBase];
            if (source >= 0 && source != shownSource && !outlets.Contains(source))
            {
                outlets.Add(source);
            }
        }

        return (Math.Max(0, members.Length - 1), outlets.ConvertAll(cache.Names(FacetKind.Source).Value));
    }

    private Lease Lease()
    {
        if (source is not null)
        {
            return new Lease(source.Searchers, source.AcquireSearcher());
        }

        if (replica is not null)
        {
            return replica() is { } manager ? new Lease(manager, manager.Acquire()) : new Lease(null, null);
        }

        lock (gate)
        {
            if (own is null)
            {
                if (!options.Exists())
                {
                    return new Lease(null, null);
                }

                directory = new MMapDirectory(new DirectoryInfo(options.LuceneFolder));
                own = new SearcherManager(directory, new SearcherFactoryWithValues(cache));
                lastRefresh = Environment.TickCount64;
            }
            else if (Environment.TickCount64 - lastRefresh >= RefreshMilliseconds)
            {
                own.MaybeRefresh();
                lastRefresh = Environment.TickCount64;
            }

            return new Lease(own, own.Acquire());
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Question(ParsedQuery Parsed, List<LuceneQuery> Filters);

    private sealed record PartialHits(List<SearchHit> Hits, int Total, int Parts, int Minimum);
}
