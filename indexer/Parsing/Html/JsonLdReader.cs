using System.Text.Json;

namespace NetralitasSearch.Indexer.Parsing.Html;

/// <summary>Reads schema.org article data from <c>application/ld+json</c> blocks; malformed JSON is skipped.</summary>
internal static class JsonLdReader
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "WebPage"];

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        JsonLdArticle? best = null;
        var bestRank = int.MaxValue;
        foreach (var block in blocks)
        {
            try
            {
                using var json = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                foreach (var candidate in Flatten(json.RootElement))
                {
                    var rank = Rank(candidate);
                    if (rank < bestRank)
                    {
                        best = FromElement(candidate);
                        bestRank = rank;
                    }
                }
            }
            catch (JsonException)
            {
                // Outlets ship broken JSON-LD often enough; the other date sources still apply.
            }
        }

        return best;
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Flatten(item))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Flatten(graph))
                {
                    yield return inner;
                }
            }
        }
    }

    private static int Rank(JsonElement element)
    {
        var type = TypeOf(element);
        var index = Array.FindIndex(ArticleTypes, t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    private static string? TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return null;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => type.GetString(),
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).FirstOrDefault(t => t is not null && ArticleTypes.Contains(t)),
            _ => null,
        };
    }

    private static JsonLdArticle FromElement(JsonElement element)
    {
        return new JsonLdArticle(
            StringOf(element, "headline") ?? StringOf(element, "name"),
            StringOf(element, "datePublished") ?? StringOf(element, "dateCreated"),
            NameOf(element, "author"),
            NameOf(element, "publisher"),
            StringOf(element, "url") ?? IdOf(element, "mainEntityOfPage"));
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? IdOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : StringOf(value, "@id");
    }

    private static string? NameOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => StringOf(value, "name"),
            JsonValueKind.Array => value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.Object ? StringOf(v, "name") : v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            _ => null,
        };
    }
}
