namespace NetralitasSearch.Bench;

internal static class Percentiles
{
    /// <summary>The p-th percentile (nearest rank) of the samples.</summary>
    public static double Of(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
