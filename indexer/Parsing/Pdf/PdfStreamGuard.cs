using System.IO.Compression;
using System.Text;

namespace NetralitasSearch.Indexer.Parsing.Pdf;

/// <summary>
/// Measures what a PDF's deflate streams unpack to before the PDF reader opens it, stopping as soon as the total passes
/// <see cref="ParsingOptions.MaxPdfInflatedBytes"/>: a zip bomb (kilobytes that inflate to gigabytes) is refused without
/// ever being held in memory. Streams are found in the raw bytes ("stream" … "endstream" after a dictionary naming
/// /FlateDecode, applied as many times as the filter list names it); a stream that does not inflate is left to the reader.
/// </summary>
internal static class PdfStreamGuard
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();
    private static readonly byte[] ObjKeyword = " obj"u8.ToArray();

    /// <summary>The total inflated size, or the first size found past <paramref name="limit"/> (which stops the count).</summary>
    public static long InflatedBytes(ReadOnlySpan<byte> pdf, long limit)
    {
        long total = 0;
        var buffer = new byte[81920];
        var position = 0;
        while (position < pdf.Length)
        {
            var at = pdf[position..].IndexOf(StreamKeyword);
            if (at < 0)
            {
                break;
            }

            var keyword = position + at;
            position = keyword + StreamKeyword.Length;
            if (keyword >= 3 && pdf[(keyword - 3)..keyword].SequenceEqual("end"u8))
            {
                continue;
            }

            var dataStart = position;
            if (dataStart < pdf.Length && pdf[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < pdf.Length && pdf[dataStart] == '\n')
            {
                dataStart++;
            }

            var end = pdf[dataStart..].IndexOf(EndStreamKeyword);
            if (end < 0)
            {
                break;
            }

            var layers = FlateLayers(Dictionary(pdf, keyword));
            position = dataStart + end + EndStreamKeyword.Length;
            if (layers == 0)
            {
                continue;
            }

            total += Inflate(pdf.Slice(dataStart, end).ToArray(), layers, limit - total, buffer);
            if (total > limit)
            {
                return total;
            }
        }

        return total;
    }

    /// <summary>The text between the object's start ("12 0 obj") and its "stream" keyword: the stream's dictionary.</summary>
    private static string Dictionary(ReadOnlySpan<byte> pdf, int keyword)
    {
        var from = Math.Max(0, keyword - 4096);
        var head = pdf[from..keyword];
        var obj = head.LastIndexOf(ObjKeyword);
        return Encoding.Latin1.GetString(obj >= 0 ? head[obj..] : head);
    }

    private static int FlateLayers(string dictionary)
    {
        var count = 0;
        for (var at = dictionary.IndexOf("FlateDecode", StringComparison.Ordinal); at >= 0; at = dictionary.IndexOf("FlateDecode", at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        // "/Fl" is the abbreviation inline images use; whole streams spell the filter out.
        return count;
    }

    /// <summary>Inflates one stream through its deflate layers, counting at most <paramref name="room"/> + 1 bytes.</summary>
    private static long Inflate(byte[] data, int layers, long room, byte[] buffer)
    {
        long count = 0;
        try
        {
            Stream stream = new MemoryStream(data);
            for (var layer = 0; layer < layers; layer++)
            {
                stream = new ZLibStream(stream, CompressionMode.Decompress);
            }

            using (stream)
            {
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    count += read;
                    if (count > room)
                    {
                        break;
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            // A stream that does not inflate cleanly: what came out so far counts; the PDF reader decides the rest.
        }

        return count;
    }
}
