using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>search "QUERY" --index DIR [filters] [--json]</c>: the same search and JSON as GET /api/search.</summary>
internal static partial class SearchCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args,
            valued: ["index", "regency", "province", "person", "source", "violation", "from", "to", "limit", "size", "page", "sort"],
            switches: ["json"]);
        var directory = options.Value("index") ?? throw new OptionException("--index DIR is required.");
        if (!new IndexOptions(directory).Exists())
        {
            error.WriteLine($"netralitas search: there is no index in {directory}; build one with: netralitas index PATH... --index {directory}");
            return 1;
        }

        var sort = options.Value("sort") switch
        {
            null or "relevance" => SortOrder.Relevance,
            "date" => SortOrder.Date,
            _ => throw new OptionException("--sort must be relevance or date."),
        };

        var request = new SearchRequest
        {
            Query = string.Join(' ', options.Positional),
            Regency = options.Value("regency"),
            Province = options.Value("province"),
            Person = options.Value("person"),
            Source = options.Value("source"),
            Violation = options.Value("violation"),
            From = options.Date("from"),
            To = options.Date("to"),
            Size = options.Int("limit", options.Int("size", 10, 1, SearchRequest.MaxSize), 1, SearchRequest.MaxSize),
            Page = options.Int("page", 1, 1, SearchRequest.MaxWindow),
            Sort = sort,
        };

        using var searcher = new IndexSearcher(new IndexOptions(directory));
        var outcome = searcher.Search(request);
        if (!outcome.IsSuccess)
        {
            error.WriteLine($"netralitas search: {outcome.Error}");
            return 2;
        }

        if (options.Flag("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(outcome.Response, DocumentJson.Options));
            return 0;
        }

        var response = outcome.Response;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} documents{(response.Relaxed ? " (none had every word: showing those with the most)" : "")}"));
        var rank = (request.Page - 1) * request.Size;
        foreach (var hit in response.Hits)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{++rank}. {hit.Title}"));
            output.WriteLine($"   {hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} · {hit.Source ?? "unknown outlet"} · {hit.File}");
            if (hit.Regencies.Count > 0)
            {
                output.WriteLine($"   {string.Join(", ", hit.Regencies)}");
            }

            output.WriteLine($"   {PlainSnippet(hit.Snippet)}");
        }

        return 0;
    }

    /// <summary>The HTML snippet for a terminal: marks become *word*, entities are decoded.</summary>
    private static string PlainSnippet(string html) => WebUtility.HtmlDecode(Mark().Replace(html, "*$1*"));

    [GeneratedRegex("<mark>(.*?)</mark>", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
