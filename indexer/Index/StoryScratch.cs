namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The arrays one search collects into, reused by the next search on the same thread. Stories are numbered by their
/// dense cluster number (or by document when not collapsing); a story's entries are valid only when its stamp is the
/// current pass, so nothing is cleared between searches.
/// </summary>
internal sealed class StoryScratch
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<StoryScratch> Spare = [];

    [ThreadStatic]
    private static StoryScratch? current;

    private int pass;

    /// <summary>
    /// Per story, valid when <see cref="Story.Stamp"/> is the current pass: one record, so a match touching a story
    /// reads and writes one cache line instead of one in each of nine arrays (the versions of a story lie far apart).
    /// </summary>
    public Story[] Stories { get; private set; } = [];

    public List<int> Touched { get; } = [];

    public int[] MatchLeaf { get; private set; } = new int[1024];

    public int[] MatchDoc { get; private set; } = new int[1024];

    public int[] MatchNext { get; private set; } = new int[1024];

    public int Matches { get; set; }

    public int Pass => pass;

    public static StoryScratch ForThisThread() => current ??= new StoryScratch();

    /// <summary>
    /// A scratch for a helper thread of one search, given back with <see cref="Return"/>. Not the helper's thread's
    /// own: a task waited on can run inline on the thread waiting, which is collecting into its own scratch.
    /// </summary>
    public static StoryScratch Rent() => Spare.TryTake(out var scratch) ? scratch : new StoryScratch();

    public static void Return(StoryScratch scratch) => Spare.Add(scratch);

    /// <summary>Starts a search over stories numbered below <paramref name="stories"/>.</summary>
    public void Begin(int stories)
    {
        if (Stories.Length < stories)
        {
            Stories = new Story[Math.Max(stories, Stories.Length * 2)];
            pass = 0;
        }

        if (++pass == int.MaxValue)
        {
            Array.Clear(Stories);
            pass = 1;
        }

        Touched.Clear();
        Matches = 0;
    }

    /// <summary>Room for one more match.</summary>
    public void GrowMatches()
    {
        if (Matches < MatchDoc.Length)
        {
            return;
        }

        var size = MatchDoc.Length * 2;
        MatchLeaf = Resized(MatchLeaf, size);
        MatchDoc = Resized(MatchDoc, size);
        MatchNext = Resized(MatchNext, size);
    }

    /// <summary>
    /// Takes in what another scratch collected over other documents of the same search: its matches are appended
    /// (their numbers shifted past this scratch's), a story both hold keeps the better best and the earlier earliest,
    /// and their chains are joined. What the result holds does not depend on how the documents were divided.
    /// </summary>
    public void Absorb(StoryScratch other, bool byDate)
    {
        ArgumentNullException.ThrowIfNull(other);
        var shift = Matches;
        var total = Matches + other.Matches;
        if (total > MatchDoc.Length)
        {
            var size = Math.Max(total, MatchDoc.Length * 2);
            MatchLeaf = Resized(MatchLeaf, size);
            MatchDoc = Resized(MatchDoc, size);
            MatchNext = Resized(MatchNext, size);
        }

        Array.Copy(other.MatchLeaf, 0, MatchLeaf, shift, other.Matches);
        Array.Copy(other.MatchDoc, 0, MatchDoc, shift, other.Matches);
        for (var m = 0; m < other.Matches; m++)
        {
            var next = other.MatchNext[m];
            MatchNext[shift + m] = next < 0 ? -1 : next + shift;
        }

        Matches = total;
        foreach (var story in other.Touched)
        {
            ref readonly var theirs = ref other.Stories[story];
            ref var ours = ref Stories[story];
            if (ours.Stamp != pass)
            {
                ours = theirs;
                ours.Stamp = pass;
                ours.Head = theirs.Head + shift;
                ours.EarliestMatch = theirs.EarliestMatch + shift;
                Touched.Add(story);
                continue;
            }

            // Their chain goes in front of ours: its last match leads on to our first.
            var tail = theirs.Head + shift;
            while (MatchNext[tail] >= 0)
            {
                tail = MatchNext[tail];
            }

            MatchNext[tail] = ours.Head;
            ours.Head = theirs.Head + shift;
            if (StoryOrder.Before(theirs.BestCoverage, theirs.BestDay, theirs.BestScore, theirs.BestSequence, ours.BestCoverage, ours.BestDay, ours.BestScore, ours.BestSequence, byDate))
            {
                (ours.BestCoverage, ours.BestDay, ours.BestScore, ours.BestSequence) = (theirs.BestCoverage, theirs.BestDay, theirs.BestScore, theirs.BestSequence);
            }

            if (StoryOrder.Earlier(theirs.EarliestDay, theirs.EarliestSequence, ours.EarliestDay, ours.EarliestSequence))
            {
                (ours.EarliestMatch, ours.EarliestDay, ours.EarliestSequence) = (theirs.EarliestMatch + shift, theirs.EarliestDay, theirs.EarliestSequence);
            }
        }
    }

    private static int[] Resized(int[] array, int size)
    {
        var grown = new int[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }

    /// <summary>A story of the current search: its best match by the result order, its earliest match, its chain.</summary>
    internal struct Story
    {
        public int Stamp;

        /// <summary>The last match of the story; its matches are chained through <see cref="MatchNext"/>.</summary>
        public int Head;
        public int BestCoverage;
        public int BestDay;
        public float BestScore;
        public int EarliestMatch;
        public int EarliestDay;
        public long BestSequence;
        public long EarliestSequence;
    }
}
