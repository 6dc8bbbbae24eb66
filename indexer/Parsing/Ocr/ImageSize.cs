using System.Buffers.Binary;

namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>
/// An image's width and height from its header, read before any decoding so that the pixel limit is checked first: a
/// small PNG can declare a 100,000 × 100,000 canvas. PNG (IHDR) and JPEG (the first start-of-frame marker).
/// </summary>
public static class ImageSize
{
    public static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G'];

    public static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static bool IsPng(ReadOnlySpan<byte> content) => content.StartsWith(PngSignature);

    public static bool IsJpeg(ReadOnlySpan<byte> content) => content.StartsWith(JpegSignature);

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> image)
    {
        if (image.Length >= 24 && IsPng(image) && image[12..16].SequenceEqual("IHDR"u8))
        {
            return ((int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(image[16..20]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(image[20..24]), int.MaxValue));
        }

        return IsJpeg(image) ? Jpeg(image) : null;
    }

    private static (int Width, int Height)? Jpeg(ReadOnlySpan<byte> image)
    {
        var at = 2;
        while (at + 4 <= image.Length)
        {
            if (image[at] != 0xFF)
            {
                return null;
            }

            var marker = image[at + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                at += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
            // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return at + 9 <= image.Length
                    ? (BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..]))
                    : null;
            }

            at += 2 + length;
        }

        return null;
    }
}
