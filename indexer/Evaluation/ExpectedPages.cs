using System.Globalization;
using System.Text.Json;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// Finds the pages of a parsing set and reads what is expected of them. Three layouts are read: a page beside its
/// <c>&lt;case&gt;.expected.json</c> (<c>case.html</c>, or .htm, .txt, .md, .pdf, .png, .jpg, with an optional "circular"
/// object of number, subject, issuer and date); a folder per case holding <c>page.html</c> (or .htm, .txt, .md)
/// with <c>expected.json</c>; and Mozilla Readability's test pages, a folder per case holding <c>source.html</c>,
/// <c>expected.html</c> (the body Readability extracts) and <c>expected-metadata.json</c>.
/// </summary>
public static class ExpectedPages
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".txt", ".md", ".pdf", ".png", ".jpg", ".jpeg"];

    public static IEnumerable<ExpectedPage> Find(string folder)
    {
        var pages = Fixtures(folder).Concat(ReadabilityPages(folder));
        return pages.OrderBy(page => page.Page, StringComparer.Ordinal);
    }

    private static IEnumerable<ExpectedPage> Fixtures(string folder)
    {
        foreach (var expectedPath in Directory.EnumerateFiles(folder, "*expected.json", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(expectedPath);
            var stem = name == "expected.json"
                ? Path.Combine(Path.GetDirectoryName(expectedPath)!, "page")
                : name.EndsWith(".expected.json", StringComparison.Ordinal) ? expectedPath[..^".expected.json".Length] : null;
            var page = stem is null ? null : PageExtensions.Select(extension => stem + extension).FirstOrDefault(File.Exists);
            if (page is null)
            {
                continue;
            }

            var expected = JsonDocument.Parse(File.ReadAllBytes(expectedPath)).RootElement;
            yield return new ExpectedPage(
                page,
                expected.GetProperty("title").GetString() ?? "",
                expected.GetProperty("body").GetString() ?? "",
                Optional(expected, "published"),
                Optional(expected, "outlet"),
                Optional(expected, "author"),
                Optional(expected, "url"),
                expected.TryGetProperty("url", out _))
            {
                Circular = expected.TryGetProperty("circular", out var circular) && circular.ValueKind == JsonValueKind.Object
                    ? circular.EnumerateObject().ToDictionary(field => field.Name, field => field.Value.GetString() ?? "", StringComparer.Ordinal)
                    : null,
            };
        }
    }

    /// <summary>
    /// Readability's metadata names the byline and site as the page shows them and the publication time as an
    /// ISO stamp; its body is HTML, read here as text with a break between blocks.
    /// </summary>
    private static IEnumerable<ExpectedPage> ReadabilityPages(string folder)
    {
        foreach (var metadataPath in Directory.EnumerateFiles(folder, "expected-metadata.json", SearchOption.AllDirectories))
        {
            var directory = Path.GetDirectoryName(metadataPath)!;
            var source = Path.Combine(directory, "source.html");
            var body = Path.Combine(directory, "expected.html");
            if (!File.Exists(source) || !File.Exists(body))
            {
                continue;
            }

            var metadata = JsonDocument.Parse(File.ReadAllBytes(metadataPath)).RootElement;
            yield return new ExpectedPage(
                source,
                Optional(metadata, "title") ?? "",
                ReferenceText.FromHtml(File.ReadAllText(body)),
                DatePart(Optional(metadata, "publishedTime")),
                Optional(metadata, "siteName"),
                Optional(metadata, "byline"),
                null,
                false);
        }
    }

    private static string? DatePart(string? stamp) =>
        stamp is { Length: >= 10 } && DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? Optional(JsonElement expected, string name) =>
        expected.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
