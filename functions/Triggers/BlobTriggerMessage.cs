using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// What the scanner enqueues for a new, changed or deleted blob, as the Functions blob trigger does:
/// the container, the name and the ETag seen (null when the blob is gone).
/// </summary>
public sealed record BlobTriggerMessage(
    [property: JsonPropertyName("container")] string Container,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("etag")] string? ETag)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>The message, or null when the text is not one (a foreign or damaged message goes to poison).</summary>
    public static BlobTriggerMessage? TryParse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<BlobTriggerMessage>(text);
            return message is { Container.Length: > 0, Name.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
