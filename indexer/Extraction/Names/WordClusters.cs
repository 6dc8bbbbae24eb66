using System.Collections.Frozen;
using System.Globalization;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// Words grouped by the company they keep in news text, at two granularities (<see cref="CoarseClusters"/> and
/// <see cref="FineClusters"/>): the tagger learns from a handful of labelled names what a whole cluster of unseen
/// ones looks like ("kata", "ujar", "tutur" fall together; so do given names). Built by <see cref="Build"/>: each word
/// is described by its positive PMI with the frequent words just left and right of it, projected to a few dimensions
/// by a fixed random projection, then clustered by spherical k-means from a fixed start. Deterministic.
/// </summary>
public sealed class WordClusters
{
    public const string DataFile = "Names/Data/word-clusters.txt";

    public const int CoarseClusters = 64;

    public const int FineClusters = 512;

    private const int MinimumCount = 5;
    private const int ContextWords = 1000;
    private const int Dimensions = 96;
    private const int Iterations = 12;

    private static readonly Lazy<WordClusters> Shared = new(() => Parse(EmbeddedData.ReadLines(DataFile)));

    private readonly FrozenDictionary<string, (ushort Coarse, ushort Fine)> clusters;

    private WordClusters(FrozenDictionary<string, (ushort, ushort)> clusters)
    {
        this.clusters = clusters;
    }

    public static WordClusters Default => Shared.Value;

    public int WordCount => clusters.Count;

    /// <summary>The words it knows.</summary>
    public IEnumerable<string> Words => clusters.Keys;

    /// <summary>The clusters of a lower-case word, 1-based; (0, 0) for a word not clustered.</summary>
    public (ushort Coarse, ushort Fine) Of(string lowerWord) => clusters.GetValueOrDefault(lowerWord);

    public static WordClusters Parse(IEnumerable<string> lines)
    {
        var table = new Dictionary<string, (ushort, ushort)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length == 3 && ushort.TryParse(parts[1], CultureInfo.InvariantCulture, out var coarse) && ushort.TryParse(parts[2], CultureInfo.InvariantCulture, out var fine))
            {
                table[parts[0]] = (coarse, fine);
            }
        }

        return new WordClusters(table.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Clusters the words of <paramref name="texts"/> seen at least five times; "word TAB coarse TAB fine" lines, sorted.</summary>
    public static IReadOnlyList<string> Build(IEnumerable<string> texts)
    {
        var sequences = texts.Select(text => WordTokenizer.Tokenize(text).Select(word => word.Lower).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sequence in sequences)
        {
            foreach (var word in sequence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var byFrequency = frequency.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var vocabulary = byFrequency.Where(pair => pair.Value >= MinimumCount).Select(pair => pair.Key).ToList();
        var index = vocabulary.Select((word, i) => (word, i)).ToDictionary(pair => pair.word, pair => pair.i, StringComparer.Ordinal);
        var contextIndex = byFrequency.Take(ContextWords).Select((pair, i) => (pair.Key, i)).ToDictionary(pair => pair.Key, pair => pair.i, StringComparer.Ordinal);

        // Counts of (word, side × context word); the last context slot stands for the edge of the text.
        var contexts = 2 * (ContextWords + 1);
        var counts = new Dictionary<long, int>();
        var rowTotals = new double[vocabulary.Count];
        var columnTotals = new double[contexts];
        foreach (var sequence in sequences)
        {
            for (var i = 0; i < sequence.Length; i++)
            {
                if (!index.TryGetValue(sequence[i], out var row))
                {
                    continue;
                }

                void Count(int column)
                {
                    var key = ((long)row * contexts) + column;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    rowTotals[row]++;
                    columnTotals[column]++;
                }

                var left = i == 0 ? ContextWords : contextIndex.GetValueOrDefault(sequence[i - 1], -1);
                var right = i + 1 == sequence.Length ? ContextWords : contextIndex.GetValueOrDefault(sequence[i + 1], -1);
                if (left >= 0)
                {
                    Count(left);
                }

                if (right >= 0)
                {
                    Count(ContextWords + 1 + right);
                }
            }
        }

        // Positive PMI, projected by a fixed ±1 matrix drawn from a seeded generator, then normalised.
        var random = new Random(11);
        var projection = new float[contexts * Dimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var total = columnTotals.Sum();
        var vectors = new float[vocabulary.Count * Dimensions];
        foreach (var (key, count) in counts.OrderBy(pair => pair.Key))
        {
            var row = (int)(key / contexts);
            var column = (int)(key % contexts);
            var pmi = Math.Log(count * total / (rowTotals[row] * columnTotals[column]));
            if (pmi <= 0)
            {
                continue;
            }

            for (var d = 0; d < Dimensions; d++)
            {
                vectors[(row * Dimensions) + d] += (float)pmi * projection[(column * Dimensions) + d];
            }
        }

        for (var row = 0; row < vocabulary.Count; row++)
        {
            Normalise(vectors.AsSpan(row * Dimensions, Dimensions));
        }

        var coarse = KMeans(vectors, vocabulary.Count, CoarseClusters);
        var fine = KMeans(vectors, vocabulary.Count, FineClusters);
        return vocabulary.Select((word, row) => (word, row)).OrderBy(pair => pair.word, StringComparer.Ordinal)
            .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.word}\t{coarse[pair.row] + 1}\t{fine[pair.row] + 1}"))
            .ToList();
    }

    /// <summary>Spherical k-means; the starting centres are words spread evenly over the frequency ranking.</summary>
    private static int[] KMeans(float[] vectors, int count, int k)
    {
        k = Math.Min(k, count);
        var centres = new float[k * Dimensions];
        for (var c = 0; c < k; c++)
        {
            Array.Copy(vectors, (long)c * count / k * Dimensions, centres, c * Dimensions, Dimensions);
        }

        var assignment = new int[count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Parallel.For(0, count, row =>
            {
                var vector = vectors.AsSpan(row * Dimensions, Dimensions);
                var (best, bestScore) = (0, float.NegativeInfinity);
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vector, centres.AsSpan(c * Dimensions, Dimensions));
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }

                assignment[row] = best;
            });

            Array.Clear(centres);
            for (var row = 0; row < count; row++)
            {
                var centre = centres.AsSpan(assignment[row] * Dimensions, Dimensions);
                var vector = vectors.AsSpan(row * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    centre[d] += vector[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                Normalise(centres.AsSpan(c * Dimensions, Dimensions));
            }
        }

        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static void Normalise(Span<float> vector)
    {
        var length = MathF.Sqrt(Dot(vector, vector));
        if (length > 0)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] /= length;
            }
        }
    }
}
