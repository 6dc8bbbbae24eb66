using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace NetralitasSearch.Indexer.Extraction.Names;

/// <summary>
/// The weights of the name tagger: one weight per feature and tag, one per pair of tags. Read once from the
/// embedded model file (<c>Names/Data/name-model.bin</c>, written by <c>./netralitas train-ner</c>), then read-only.
/// The file is gzip over: "NSNM", format, feature version, tag count, scale, the tag-pair weights, the feature
/// count, then per feature (ascending hash) the hash's delta as a varint, a mask of tags and a 16-bit weight per
/// tag in the mask (weight = value × scale).
/// </summary>
public sealed class NameModel
{
    public const string DataFile = "Names/Data/name-model.bin";

    private const int Format = 1;

    private static readonly Lazy<NameModel> Shared = new(() =>
    {
        using var stream = EmbeddedData.Open(DataFile);
        return Load(stream);
    });

    private readonly Slot[] slots;
    private readonly ulong[] present;
    private readonly int presentMask;
    private readonly float[] transition;
    private readonly float scale;
    private readonly int mask;

    internal NameModel(IReadOnlyList<(ulong Key, float[] Weights)> features, float[] transition)
    {
        if (NameTags.Count > TagWeights.Length)
        {
            throw new InvalidOperationException($"A slot holds {TagWeights.Length} weights; there are {NameTags.Count} tags.");
        }

        this.transition = transition;
        // In memory a weight takes one signed byte (the file keeps sixteen bits): a slot is then 16 bytes, four to a cache line.
        scale = ScaleOf(features) * short.MaxValue / sbyte.MaxValue;
        var kept = features.Where(f => f.Weights.Any(w => Quantise(w, scale) != 0)).ToList();
        FeatureCount = kept.Count;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, kept.Count * 5 / 4));
        slots = new Slot[size];
        mask = size - 1;

        // Sixteen bits per feature: a feature not in the model passes the bitmap about once in sixteen.
        var bits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, kept.Count * 16));
        present = new ulong[bits / 64];
        presentMask = bits - 1;
        foreach (var (key, weights) in kept)
        {
            var slot = (int)(key & (ulong)mask);
            while (slots[slot].Check != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot].Check = CheckOf(key);
            var bit = (int)(key >> 40) & presentMask;
            present[bit >> 6] |= 1UL << (bit & 63);
            for (var t = 0; t < NameTags.Count; t++)
            {
                slots[slot].Weights[t] = (sbyte)Quantise(weights[t], scale);
            }
        }
    }

    /// <summary>The model compiled into the library.</summary>
    public static NameModel Default => Shared.Value;

    public int FeatureCount { get; }

    /// <summary>The weight of each pair of tags, previous × tag.</summary>
    internal float[] Transitions => transition;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per tag).</summary>
    internal void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Most features of running text are not in the model: a bitmap small enough for the processor's cache answers
        // that first. The slots of the rest are read in a separate pass, so their cache misses overlap instead of
        // queueing behind each comparison. The weights are summed as integers and scaled once; a slot is 16 bytes (the
        // high half of the key and the weights; the low bits chose the slot), so it never spans two cache lines.
        Span<int> sums = stackalloc int[TagWeights.Length];
        Span<int> found = stackalloc int[Math.Min(features.Length, MaxFeaturesPerWord)];
        var count = 0;
        foreach (var key in features)
        {
            var bit = (int)(key >> 40) & presentMask;
            if ((present[bit >> 6] & (1UL << (bit & 63))) != 0 && count < found.Length)
            {
                found[count++] = (int)(key & (ulong)mask);
            }
        }

        Span<uint> checks = stackalloc uint[count];
        for (var i = 0; i < count; i++)
        {
            checks[i] = slots[found[i]].Check;
        }

        var index = 0;
        foreach (var key in features)
        {
            var bit = (int)(key >> 40) & presentMask;
            if ((present[bit >> 6] & (1UL << (bit & 63))) == 0 || index >= count)
            {
                continue;
            }

            var slot = found[index];
            var loaded = checks[index++];
            var check = CheckOf(key);
            while (loaded != check && loaded != 0)
            {
                slot = (slot + 1) & mask;
                loaded = slots[slot].Check;
            }

            if (loaded == check)
            {
                ref var weights = ref slots[slot].Weights;
                for (var t = 0; t < TagWeights.Length; t++)
                {
                    sums[t] += weights[t];
                }
            }
        }

        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += sums[t] * scale;
        }
    }

    /// <summary>The most features one word can have (<see cref="NameFeatures"/> makes about 50).</summary>
    private const int MaxFeaturesPerWord = 128;

    /// <summary>
    /// The features without their small weights: a weight below <paramref name="fraction"/> of the largest becomes 0, a
    /// feature left with none is dropped. Smaller tables stay in the processor's caches, which is most of what tagging costs.
    /// </summary>
    internal static List<(ulong Key, float[] Weights)> Pruned(IReadOnlyList<(ulong Key, float[] Weights)> features, float fraction)
    {
        var threshold = fraction * features.SelectMany(f => f.Weights).Select(Math.Abs).DefaultIfEmpty(0f).Max();
        var kept = new List<(ulong, float[])>(features.Count);
        foreach (var (key, weights) in features)
        {
            var pruned = weights.Select(w => Math.Abs(w) < threshold ? 0f : w).ToArray();
            if (pruned.Any(w => w != 0))
            {
                kept.Add((key, pruned));
            }
        }

        return kept;
    }

    private static float ScaleOf(IReadOnlyList<(ulong Key, float[] Weights)> features) =>
        features.SelectMany(f => f.Weights).Select(Math.Abs).DefaultIfEmpty(1f).Max() / short.MaxValue;

    /// <summary>Writes the model; the same weights always give the same bytes.</summary>
    internal static void Save(Stream stream, IReadOnlyList<(ulong Key, float[] Weights)> features, float[] transition)
    {
        var tags = NameTags.Count;
        var scale = ScaleOf(features);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.ASCII, leaveOpen: true);
        writer.Write("NSNM"u8);
        writer.Write(Format);
        writer.Write(NameFeatures.Version);
        writer.Write(tags);
        writer.Write(scale);
        foreach (var weight in transition)
        {
            writer.Write(weight);
        }

        var kept = features.Where(f => f.Weights.Any(w => Quantise(w, scale) != 0)).OrderBy(f => f.Key).ToList();
        writer.Write(kept.Count);
        var previous = 0UL;
        foreach (var (key, weights) in kept)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            var present = 0;
            for (var t = 0; t < tags; t++)
            {
                present |= Quantise(weights[t], scale) != 0 ? 1 << t : 0;
            }

            writer.Write((ushort)present);
            for (var t = 0; t < tags; t++)
            {
                if ((present & (1 << t)) != 0)
                {
                    writer.Write(Quantise(weights[t], scale));
                }
            }
        }
    }

    public static NameModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.ASCII, leaveOpen: true);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("NSNM"u8) || reader.ReadInt32() != Format)
        {
            throw new InvalidDataException("Not a name model file.");
        }

        var version = reader.ReadInt32();
        var tags = reader.ReadInt32();
        if (version != NameFeatures.Version || tags != NameTags.Count)
        {
            throw new InvalidDataException($"The name model was trained with features version {version} and {tags} tags; this build uses version {NameFeatures.Version} and {NameTags.Count} tags: run ./netralitas train-ner.");
        }

        var scale = reader.ReadSingle();
        var transition = new float[tags * tags];
        for (var i = 0; i < transition.Length; i++)
        {
            transition[i] = reader.ReadSingle();
        }

        var count = reader.ReadInt32();
        var features = new List<(ulong, float[])>(count);
        var key = 0UL;
        for (var i = 0; i < count; i++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            var present = reader.ReadUInt16();
            var weights = new float[tags];
            for (var t = 0; t < tags; t++)
            {
                if ((present & (1 << t)) != 0)
                {
                    weights[t] = reader.ReadInt16() * scale;
                }
            }

            features.Add((key, weights));
        }

        return new NameModel(features, transition);
    }

    private static short Quantise(float weight, float scale) => (short)Math.Round(weight / scale, MidpointRounding.ToEven);

    /// <summary>The high 32 bits of a key, never 0 (0 marks an empty slot). Two features that share their slot's low bits and
    /// these 32 bits are one to the model: with some 10^5 features that happens about once in 10^4 models.</summary>
    private static uint CheckOf(ulong key) => Math.Max(1u, (uint)(key >> 32));

    /// <summary>One feature: the check half of its hash and its weight per tag (room for twelve tags; there are nine).</summary>
    private struct Slot
    {
        public uint Check;
        public TagWeights Weights;
    }

    [System.Runtime.CompilerServices.InlineArray(12)]
    private struct TagWeights
    {
        public const int Length = 12;

        private sbyte weight;
    }
}
