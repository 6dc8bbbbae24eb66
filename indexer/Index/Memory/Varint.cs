namespace NetralitasSearch.Indexer.Index.Memory;

/// <summary>LEB128 unsigned integers: the encoding of stored term vectors.</summary>
internal static class Varint
{
    public static void Write(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    public static uint Read(ReadOnlySpan<byte> input, ref int position)
    {
        uint value = 0;
        var shift = 0;
        while (position < input.Length)
        {
            var b = input[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        return value;
    }

    /// <summary>(term id, frequency) pairs sorted by id, ids delta-encoded.</summary>
    public static byte[] EncodePairs(IEnumerable<(int Id, int Frequency)> pairs)
    {
        var output = new List<byte>();
        var previous = 0;
        foreach (var (id, frequency) in pairs.OrderBy(p => p.Id))
        {
            Write(output, (uint)(id - previous));
            Write(output, (uint)frequency);
            previous = id;
        }

        return output.ToArray();
    }

    public static IEnumerable<(int Id, int Frequency)> DecodePairs(byte[] bytes)
    {
        var position = 0;
        var id = 0;
        while (position < bytes.Length)
        {
            id += (int)Read(bytes, ref position);
            var frequency = (int)Read(bytes, ref position);
            yield return (id, frequency);
        }
    }
}
