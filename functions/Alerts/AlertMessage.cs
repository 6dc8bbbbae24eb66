using System.Text.Json;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Alerts;

/// <summary>A message of the alerts queue: post this document to this saved search's webhook.</summary>
public sealed record AlertMessage(string AlertId, string DocumentId)
{
    public string ToJson() => JsonSerializer.Serialize(this, DocumentJson.Options);

    public static AlertMessage? TryParse(string text)
    {
        try
        {
            var message = JsonSerializer.Deserialize<AlertMessage>(text, DocumentJson.Options);
            return message is { AlertId.Length: > 0, DocumentId.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
