namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>True positives, false positives and false negatives of one entity type, summed over documents.</summary>
public sealed class Score
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds counts worked out elsewhere (persons, matched one to one by any of their names).</summary>
    public void Count(int truePositives, int falsePositives, int falseNegatives)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    /// <summary>Compares a document's found values with its expected ones (as sets); returns what was missed and what was wrong.</summary>
    public (List<string> Missed, List<string> Wrong) Add(IEnumerable<string> found, IEnumerable<string> expected, Func<string, string> normalize)
    {
        var foundSet = found.Select(normalize).ToHashSet(StringComparer.Ordinal);
        var expectedSet = expected.Select(normalize).ToHashSet(StringComparer.Ordinal);
        var missed = expectedSet.Except(foundSet).ToList();
        var wrong = foundSet.Except(expectedSet).ToList();
        TruePositives += foundSet.Count - wrong.Count;
        FalsePositives += wrong.Count;
        FalseNegatives += missed.Count;
        return (missed, wrong);
    }
}
