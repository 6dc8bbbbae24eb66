namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The arrays one search collects into, reused by the next search on the same thread. Stories are numbered by their
/// dense cluster number (or by document when not collapsing); a story's entries are valid only when its stamp is the
/// current pass, so nothing is cleared between searches.
/// </summary>
internal sealed class StoryScratch
{
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
