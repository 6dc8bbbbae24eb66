using System.Numerics;

namespace NetralitasSearch.Indexer.Index.Clustering;

/// <summary>
/// 64-bit SimHash (Charikar) over word 3-shingles of a text's analyzed terms: texts that share most of their
/// shingles get fingerprints a few bits apart, whatever their length. Used to find the same press release
/// republished by several outlets with small edits.
/// </summary>
public static class SimHash
{
    /// <summary>Texts with fewer terms than this get no near-duplicate fingerprint (too few shingles to compare).</summary>
    public const int MinTerms = 24;

    public static ulong? Of(IReadOnlyList<string> terms)
    {
        if (terms.Count < MinTerms)
        {
            return null;
        }

        // A bit's weight is (ones - zeros) = 2 × ones - shingles: counting ones is branch-free, which matters at
        // 64 bits for each of a few hundred shingles per document.
        Span<int> ones = stackalloc int[64];
        ones.Clear();
        var shingles = 0;
        for (var i = 0; i + 2 < terms.Count; i++)
        {
            var hash = Mix(Hash(terms[i], Hash(terms[i + 1], Hash(terms[i + 2], 14695981039346656037UL))));
            for (var bit = 0; bit < 64; bit++)
            {
                ones[bit] += (int)((hash >> bit) & 1);
            }

            shingles++;
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] - shingles > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>FNV-1a over the characters of a term, continuing from a previous state (with a separator).</summary>
    private static ulong Hash(string term, ulong state)
    {
        foreach (var c in term)
        {
            state = (state ^ c) * 1099511628211UL;
        }

        return (state ^ ' ') * 1099511628211UL;
    }

    /// <summary>The splitmix64 finaliser: FNV's high bits are weak, and SimHash needs every bit to be a fair coin.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
