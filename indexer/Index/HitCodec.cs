using System.Buffers;
using System.Text;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Indexer.Index;

/// <summary>
/// The result line of a document (<see cref="HitData"/>) as the bytes of its doc value: strings as a length-prefixed
/// UTF-8 run (0 for null, else length + 1), dates as a day number (0 for none, else day + 1), lists as a count and
/// their items. Read for every shown hit of every search: JSON cost a search more in allocations (and the collections
/// they bring on) than the whole page's snippets, so the line is written in this compact form instead.
/// </summary>
internal static class HitCodec
{
    /// <summary>The first byte: bump with the layout (the schema version goes with it).</summary>
    private const byte Layout = 1;

    public static byte[] Write(HitData hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var output = new ArrayBufferWriter<byte>(256);
        output.GetSpan(1)[0] = Layout;
        output.Advance(1);
        String(output, hit.Id);
        String(output, hit.File);
        String(output, hit.Title);
        String(output, hit.Url);
        Date(output, hit.Published);
        String(output, hit.Source);
        Strings(output, hit.Regencies);
        Strings(output, hit.Provinces);
        Number(output, (uint)hit.Persons.Count);
        foreach (var person in hit.Persons)
        {
            String(output, person.Name);
            String(output, person.Position);
            String(output, person.Regency);
            Strings(output, person.Aliases);
        }

        Strings(output, hit.Violations);
        Date(output, hit.EventDate);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The line, or null when the bytes are not one (another layout).</summary>
    public static HitData? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes[0] != Layout)
        {
            return null;
        }

        var reader = new Reader(bytes[1..]);
        var id = reader.String() ?? "";
        var file = reader.String() ?? "";
        var title = reader.String() ?? "";
        var url = reader.String();
        var published = reader.Date();
        var source = reader.String();
        var regencies = reader.Strings();
        var provinces = reader.Strings();
        var persons = new PersonEntity[reader.Number()];
        for (var i = 0; i < persons.Length; i++)
        {
            var name = reader.String() ?? "";
            var position = reader.String();
            var regency = reader.String();
            persons[i] = new PersonEntity(name, position, null, regency) { Aliases = reader.Strings() };
        }

        var violations = reader.Strings();
        var eventDate = reader.Date();
        return new HitData(id, file, title, url, published, source, regencies, provinces, persons, violations, eventDate);
    }

    private static void Number(ArrayBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(5);
        var at = 0;
        while (value >= 0x80)
        {
            span[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[at++] = (byte)value;
        output.Advance(at);
    }

    private static void String(ArrayBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            Number(output, 0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        Number(output, (uint)length + 1);
        Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(length);
    }

    private static void Strings(ArrayBufferWriter<byte> output, IReadOnlyList<string> values)
    {
        Number(output, (uint)values.Count);
        foreach (var value in values)
        {
            String(output, value);
        }
    }

    private static void Date(ArrayBufferWriter<byte> output, DateOnly? date) => Number(output, date is { } d ? (uint)d.DayNumber + 1 : 0);

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;
        private int at;

        public int Number()
        {
            uint value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = bytes[at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return checked((int)value);
                }
            }
        }

        public string? String()
        {
            var length = Number();
            if (length == 0)
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(bytes.Slice(at, length - 1));
            at += length - 1;
            return text;
        }

        public string[] Strings()
        {
            var values = new string[Number()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String() ?? "";
            }

            return values;
        }

        public DateOnly? Date() => Number() is var day and > 0 ? DateOnly.FromDayNumber(day - 1) : null;
    }
}
