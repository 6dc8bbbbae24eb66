using Microsoft.Data.Sqlite;

namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>
/// The search cache: postings of every term and the per-document attributes of filters and facets, in memory,
/// built from the SQLite index (which stays the durable store) and kept current by the one writer. Documents are
/// numbered by ordinals in the order they were added; a replaced or deleted document is marked dead. Many
/// searches read at once; the writer takes the lock briefly per batch.
/// </summary>
public sealed class MemoryIndex
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly List<PostingList?> postings = [];
    private readonly Dictionary<long, int> ordinalByRowId = [];
    private readonly Dictionary<long, List<int>> clusterMembers = [];
    private readonly Dictionary<long, int> clusterOrdinals = [];

    internal List<string> Terms { get; } = [];

    internal Dictionary<string, int> TermIds { get; } = new(StringComparer.Ordinal);

    internal List<long> RowIds { get; } = [];

    internal List<int> Lengths { get; } = [];

    internal List<bool> Alive { get; } = [];

    internal List<int> SortDays { get; } = [];

    internal List<int> Sources { get; } = [];

    internal List<int[]> Regencies { get; } = [];

    internal List<int[]> Provinces { get; } = [];

    internal List<int[]> Persons { get; } = [];

    internal List<int[]> Positions { get; } = [];

    internal List<int> ViolationBits { get; } = [];

    internal List<long> Clusters { get; } = [];

    /// <summary>Each document's cluster as a small dense number, so a search marks clusters in an array, not a hash set.</summary>
    internal List<int> ClusterOrdinals { get; } = [];

    /// <summary>How many dense cluster numbers have been handed out (clusters of deleted documents keep theirs).</summary>
    internal int ClusterCount => clusterOrdinals.Count;

    /// <summary>Each document's year (of <see cref="SortDays"/>), or -1: the year facet reads it for every match.</summary>
    internal List<int> Years { get; } = [];

    /// <summary>The facet values of every document in one run per document, as the facet counter reads them.</summary>
    internal FacetEntries FacetValues { get; } = new();

    internal Interner SourceNames { get; } = new();

    internal Interner RegionCodes { get; } = new();

    internal Interner PersonNames { get; } = new();

    internal Interner PositionNames { get; } = new();

    internal Interner ViolationNames { get; } = new();

    internal int LiveCount { get; private set; }

    /// <summary>The highest row id added: every row up to it is committed, so FTS5 can be asked about it.</summary>
    internal long MaxRowId { get; private set; }

    /// <summary>Rows of phrases already checked by FTS5; emptied whenever a document goes.</summary>
    internal PhraseCache Phrases { get; } = new();

    internal long LiveLength { get; private set; }

    /// <summary>Builds the cache from an index's tables (documents in rowid order).</summary>
    public static MemoryIndex Load(IndexOptions options)
    {
        using var connection = IndexSchema.Open(options, create: false);
        return Load(connection);
    }

    internal static MemoryIndex Load(SqliteConnection connection)
    {
        var memory = new MemoryIndex();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, term FROM terms ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                memory.DefineTerm((int)reader.GetInt64(0), reader.GetString(1));
            }
        }

        var regencies = Multi(connection, "SELECT doc, code FROM doc_regency");
        var provinces = Multi(connection, "SELECT doc, code FROM doc_province");
        var violations = Multi(connection, "SELECT doc, kind FROM doc_violation");
        var persons = new Dictionary<long, List<(string, string?)>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT doc, name, position FROM doc_person";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var doc = reader.GetInt64(0);
                (persons.TryGetValue(doc, out var list) ? list : persons[doc] = []).Add((reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid, length, terms, sort_date, source, cluster FROM docs ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var rowid = reader.GetInt64(0);
                var terms = Varint.DecodePairs((byte[])reader.GetValue(2)).ToList();
                memory.AddLocked(new MemoryDocument(
                    rowid,
                    terms,
                    (int)reader.GetInt64(1),
                    reader.IsDBNull(3) ? -1 : Days(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    regencies.GetValueOrDefault(rowid) ?? [],
                    provinces.GetValueOrDefault(rowid) ?? [],
                    persons.GetValueOrDefault(rowid) ?? [],
                    violations.GetValueOrDefault(rowid) ?? [],
                    reader.IsDBNull(5) ? rowid : reader.GetInt64(5)));
            }
        }

        return memory;
    }

    /// <summary>Applies a committed batch of the writer: new terms, removed rows, added documents.</summary>
    internal void Apply(IReadOnlyList<(int Id, string Term)> newTerms, IReadOnlyCollection<long> removed, IReadOnlyList<MemoryDocument> added)
    {
        gate.EnterWriteLock();
        try
        {
            foreach (var (id, term) in newTerms)
            {
                DefineTerm(id, term);
            }

            foreach (var rowid in removed)
            {
                Remove(rowid);
            }

            foreach (var document in added)
            {
                AddLocked(document);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Forgets every document (terms stay: their ids are the writer's).</summary>
    internal void Clear()
    {
        gate.EnterWriteLock();
        try
        {
            for (var i = 0; i < postings.Count; i++)
            {
                postings[i] = null;
            }

            ordinalByRowId.Clear();
            clusterMembers.Clear();
            clusterOrdinals.Clear();
            foreach (var list in new System.Collections.IList[] { RowIds, Lengths, Alive, SortDays, Sources, Regencies, Provinces, Persons, Positions, ViolationBits, Clusters, ClusterOrdinals, Years })
            {
                list.Clear();
            }

            FacetValues.Clear();
            LiveCount = 0;
            LiveLength = 0;
            MaxRowId = 0;
            Phrases.Clear();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Runs a read under the shared lock: searches never see a half-applied batch.</summary>
    internal T Read<T>(Func<MemoryIndex, T> read)
    {
        gate.EnterReadLock();
        try
        {
            return read(this);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    internal PostingList? Postings(int termId) => termId < postings.Count ? postings[termId] : null;

    internal IReadOnlyList<int> Members(long cluster) => clusterMembers.TryGetValue(cluster, out var members) ? members : [];

    internal int? Ordinal(long rowid) => ordinalByRowId.TryGetValue(rowid, out var ordinal) ? ordinal : null;

    internal static int Days(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date.DayNumber : -1;

    private void DefineTerm(int id, string term)
    {
        while (Terms.Count <= id)
        {
            Terms.Add("");
            postings.Add(null);
        }

        Terms[id] = term;
        TermIds[term] = id;
    }

    private void AddLocked(MemoryDocument document)
    {
        Remove(document.RowId);
        var ordinal = RowIds.Count;
        RowIds.Add(document.RowId);
        Lengths.Add(document.Length);
        Alive.Add(true);
        SortDays.Add(document.SortDays);
        Sources.Add(document.Source is null ? -1 : SourceNames.Id(document.Source));
        Regencies.Add(document.RegencyCodes.Select(RegionCodes.Id).ToArray());
        Provinces.Add(document.ProvinceCodes.Select(RegionCodes.Id).ToArray());
        Persons.Add(document.Persons.Select(p => PersonNames.Id(p.Name)).ToArray());
        Positions.Add(document.Persons.Where(p => p.Position is not null).Select(p => PositionNames.Id(p.Position!)).ToArray());
        ViolationBits.Add(document.Violations.Aggregate(0, (bits, kind) => bits | (1 << Math.Min(30, ViolationNames.Id(kind)))));
        Clusters.Add(document.Cluster);
        if (!clusterOrdinals.TryGetValue(document.Cluster, out var clusterOrdinal))
        {
            clusterOrdinal = clusterOrdinals.Count;
            clusterOrdinals[document.Cluster] = clusterOrdinal;
        }

        ClusterOrdinals.Add(clusterOrdinal);
        Years.Add(document.SortDays >= 0 ? DateOnly.FromDayNumber(document.SortDays).Year : -1);
        AddFacetValues(ordinal);
        (clusterMembers.TryGetValue(document.Cluster, out var members) ? members : clusterMembers[document.Cluster] = []).Add(ordinal);
        ordinalByRowId[document.RowId] = ordinal;
        foreach (var (termId, frequency) in document.Terms)
        {
            if (termId >= postings.Count)
            {
                continue;
            }

            (postings[termId] ??= new PostingList()).Add(ordinal, frequency);
        }

        LiveCount++;
        LiveLength += document.Length;
        MaxRowId = Math.Max(MaxRowId, document.RowId);
    }

    private void AddFacetValues(int ordinal)
    {
        foreach (var (kind, ids) in new[] { (FacetKind.Regency, Regencies[ordinal]), (FacetKind.Province, Provinces[ordinal]), (FacetKind.Person, Persons[ordinal]), (FacetKind.Position, Positions[ordinal]) })
        {
            foreach (var id in ids)
            {
                FacetValues.Add(kind, id);
            }
        }

        if (Sources[ordinal] >= 0)
        {
            FacetValues.Add(FacetKind.Source, Sources[ordinal]);
        }

        for (var bits = (uint)ViolationBits[ordinal]; bits != 0; bits &= bits - 1)
        {
            FacetValues.Add(FacetKind.Violation, System.Numerics.BitOperations.TrailingZeroCount(bits));
        }

        if (Years[ordinal] >= 0)
        {
            FacetValues.Add(FacetKind.Year, Years[ordinal]);
        }

        FacetValues.EndDocument();
    }

    private void Remove(long rowid)
    {
        if (!ordinalByRowId.Remove(rowid, out var ordinal) || !Alive[ordinal])
        {
            return;
        }

        Alive[ordinal] = false;
        Phrases.Clear();
        LiveCount--;
        LiveLength -= Lengths[ordinal];
        if (clusterMembers.TryGetValue(Clusters[ordinal], out var members))
        {
            members.Remove(ordinal);
        }
    }

    private static Dictionary<long, List<string>> Multi(SqliteConnection connection, string sql)
    {
        var result = new Dictionary<long, List<string>>();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var doc = reader.GetInt64(0);
            (result.TryGetValue(doc, out var list) ? list : result[doc] = []).Add(reader.GetString(1));
        }

        return result;
    }
}
