namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>Bag-of-words F1 between an extracted text and the expected one (lower-case words of letters and digits).</summary>
public static class TokenOverlap
{
    public static double F1(string actual, string expected)
    {
        var actualCounts = Count(actual);
        var expectedCounts = Count(expected);
        var actualTotal = actualCounts.Values.Sum();
        var expectedTotal = expectedCounts.Values.Sum();
        if (actualTotal == 0 && expectedTotal == 0)
        {
            return 1;
        }

        var shared = actualCounts.Sum(pair => Math.Min(pair.Value, expectedCounts.GetValueOrDefault(pair.Key)));
        if (shared == 0)
        {
            return 0;
        }

        var precision = shared / (double)actualTotal;
        var recall = shared / (double)expectedTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Count(string text)
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
