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

    public int[] Stamp { get; private set; } = [];

    /// <summary>The last match of each story; matches of a story are chained through <see cref="MatchNext"/>.</summary>
    public int[] Head { get; private set; } = [];

    public float[] BestScore { get; private set; } = [];

    public int[] BestDay { get; private set; } = [];

    public long[] BestSequence { get; private set; } = [];

    public int[] BestCoverage { get; private set; } = [];

    public int[] EarliestMatch { get; private set; } = [];

    public int[] EarliestDay { get; private set; } = [];

    public long[] EarliestSequence { get; private set; } = [];

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
        if (Stamp.Length < stories)
        {
            var size = Math.Max(stories, Stamp.Length * 2);
            Stamp = new int[size];
            Head = new int[size];
            BestScore = new float[size];
            BestDay = new int[size];
            BestSequence = new long[size];
            BestCoverage = new int[size];
            EarliestMatch = new int[size];
            EarliestDay = new int[size];
            EarliestSequence = new long[size];
            pass = 0;
        }

        if (++pass == int.MaxValue)
        {
            Array.Clear(Stamp);
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
}
