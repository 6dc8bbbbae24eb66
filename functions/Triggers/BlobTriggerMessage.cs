using System.Text.Json;
using System.Text.Json.Serialization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// What the scanner (and a repair) enqueues for a new, changed or deleted blob, as the Functions blob trigger does on
/// its internal queue: the container, the name and the ETag seen (null when the blob is gone).
/// </summary>
/// <param name="Force">
/// Run even if the receipt says this version is finished: a repair of what the receipt cannot show (its document was
/// lost). Without it, a message taken before its queued mark is written would find the old final receipt and do nothing.
/// </param>
public sealed record BlobTriggerMessage(
    [property: JsonPropertyName("container")] string Container,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("etag")] string? ETag,
    [property: JsonPropertyName("force")] bool Force = false)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>
    /// The message, or null when the text is not one (a foreign or damaged message goes to poison). A name with "."
    /// or ".." segments is not one either: the scanner never lists such a name, and storage would read another blob.
    /// </summary>
    public static BlobTriggerMessage? TryParse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<BlobTriggerMessage>(text);
            return message is { Container.Length: > 0, Name.Length: > 0 } && !BlobNames.HasDotSegments(message.Name) ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
