namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>Bag-of-words overlap between an extracted text and the expected one (lower-case words of letters and digits).</summary>
public static class TokenOverlap
{
    public static double F1(string actual, string expected) => Measure(actual, expected).F1;

    /// <summary>Precision (of the actual words, how many are expected), recall and F1.</summary>
    public static (double Precision, double Recall, double F1) Measure(string actual, string expected)
    {
        var actualCounts = Counts(actual);
        var expectedCounts = Counts(expected);
        var actualTotal = actualCounts.Values.Sum();
        var expectedTotal = expectedCounts.Values.Sum();
        if (actualTotal == 0 && expectedTotal == 0)
        {
            return (1, 1, 1);
        }

        var shared = actualCounts.Sum(pair => Math.Min(pair.Value, expectedCounts.GetValueOrDefault(pair.Key)));
        if (shared == 0)
        {
            return (0, 0, 0);
        }

        var precision = shared / (double)actualTotal;
        var recall = shared / (double)expectedTotal;
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    /// <summary>How many words the text has.</summary>
    public static int Count(string text) => Analysis.AnalysisTokenizer.Split(text).Count();

    private static Dictionary<string, int> Counts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, length) in Analysis.AnalysisTokenizer.Split(text))
        {
            var word = text.Substring(start, length).ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
