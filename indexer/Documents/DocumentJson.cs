using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace NetralitasSearch.Indexer.Documents;

/// <summary>The one JSON shape of our records and API answers: snake_case names, enums as kebab-case strings.</summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>
    /// For HTTP answers: the same shape, but &lt;, &gt;, &amp;, ' and " are written as \u escapes, so no answer can be
    /// read as markup, even pasted into a page or sniffed by a browser (a title "&lt;script&gt;" stays inert).
    /// Indonesian letters and punctuation stay readable.
    /// </summary>
    public static JsonSerializerOptions Api { get; } = Create(indented: false, JavaScriptEncoder.Create(UnicodeRanges.All));

    public static byte[] Serialize(Document document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// <summary>Reads a stored record; null when the bytes are not a document (a torn or foreign blob).</summary>
    public static Document? TryDeserialize(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<Document>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions Create(bool indented, JavaScriptEncoder? encoder = null)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            // Indonesian text and quotes stay readable in the stored JSON; the HTTP layer sets the content type.
            Encoder = encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
