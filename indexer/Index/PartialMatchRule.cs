namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// How many parts of a plain question (its words, phrases and synonym groups, stop words dropped) a story must hold to
/// be a partial match, shown after the exact ones when they do not fill the first page: more than half of them, which is
/// what "most of the words" means. A question of three parts asks two, of four or five three, of seven four; partial
/// matches are ranked by how many parts they hold first, so those missing one part come before those missing two. A
/// question of one or two parts has no "most" short of all, so it gets none.
/// </summary>
public static class PartialMatchRule
{
    /// <summary>The fewest parts a partial match holds, for a question of <paramref name="parts"/> parts.</summary>
    public static int Minimum(int parts) => parts / 2 + 1;

    /// <summary>Whether a question of <paramref name="parts"/> parts can have partial matches (the minimum is short of all).</summary>
    public static bool Applies(int parts) => Minimum(parts) < parts;
}
