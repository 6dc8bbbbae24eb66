using System.CommandLine;
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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = Options.Many("QUERY", "the query, as in the search box: words (all required), \"phrases\", OR, NOT, -word, field:value", required: false);
        var index = Options.RequiredText("--index", "the index folder (made by netralitas index)", "DIR");
        var regency = Options.Text("--regency", "only documents about this regency or city", "NAME");
        var province = Options.Text("--province", "only documents about this province", "NAME");
        var person = Options.Text("--person", "only documents naming this person", "NAME");
        var source = Options.Text("--source", "only documents of this outlet", "NAME");
        var violation = Options.Text("--violation", "only documents reporting this kind of violation", "KIND");
        var from = Options.Date("--from", "published on or after this day");
        var to = Options.Date("--to", "published on or before this day");
        var limit = Options.Int("--limit", "hits per page", 10, 1, SearchRequest.MaxSize, "--size");
        var page = Options.Int("--page", "the page of hits", 1, 1, SearchRequest.MaxWindow);
        var sort = Options.OneOf("--sort", "the order of hits", "relevance", "relevance", "date");
        var json = Options.Flag("--json", "print the answer as GET /api/search gives it");
        var command = new Command("search", "search a local index, with the filters of the search page")
        {
            query, index, regency, province, person, source, violation, from, to, limit, page, sort, json,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(index),
            new SearchRequest
            {
                Query = string.Join(' ', parsed.GetValue(query) ?? []),
                Regency = parsed.GetValue(regency),
                Province = parsed.GetValue(province),
                Person = parsed.GetValue(person),
                Source = parsed.GetValue(source),
                Violation = parsed.GetValue(violation),
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                Size = parsed.GetValue(limit),
                Page = parsed.GetValue(page),
                Sort = parsed.GetValue(sort) == "date" ? SortOrder.Date : SortOrder.Relevance,
                PartialMatches = true,
            },
            parsed.GetValue(json),
            output,
            error));
        return command;
    }

    private static int Run(string directory, SearchRequest request, bool json, TextWriter output, TextWriter error)
    {
        if (!new IndexOptions(directory).Exists())
        {
            error.WriteLine($"netralitas search: there is no index in {directory}; build one with: netralitas index PATH... --index {directory}");
            return 1;
        }

        using var searcher = new IndexSearcher(new IndexOptions(directory));
        var outcome = searcher.Search(request);
        if (!outcome.IsSuccess)
        {
            error.WriteLine($"netralitas search: {outcome.Error}");
            return 2;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(outcome.Response, DocumentJson.Options));
            return 0;
        }

        var response = outcome.Response;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} documents{(response.Relaxed ? " (none had every word: showing those with the most)" : "")}"));
        var rank = (request.Page - 1) * request.Size;
        foreach (var hit in response.Hits)
        {
            Write(output, ++rank, hit, response.Relaxed ? response.Parts ?? 0 : 0);
        }

        if (response.Partial.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Near matches, not counted above: {response.PartialTotal} stories hold at least {response.PartialMin} of the {response.Parts} words but not all; the best {response.Partial.Count}:"));
            foreach (var hit in response.Partial)
            {
                Write(output, ++rank, hit, response.Parts ?? 0);
            }
        }

        return 0;
    }

    private static void Write(TextWriter output, int rank, SearchHit hit, int parts)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank}. {hit.Title}"));
        var holds = hit.MatchedParts is { } matched && parts > 0 ? string.Create(CultureInfo.InvariantCulture, $" · holds {matched} of {parts} words") : "";
        output.WriteLine($"   {hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} · {hit.Source ?? "unknown outlet"} · {hit.File}{holds}");
        if (hit.Regencies.Count > 0)
        {
            output.WriteLine($"   {string.Join(", ", hit.Regencies)}");
        }

        output.WriteLine($"   {PlainSnippet(hit.Snippet)}");
    }

    /// <summary>The HTML snippet for a terminal: marks become *word*, entities are decoded.</summary>
    private static string PlainSnippet(string html) => WebUtility.HtmlDecode(Mark().Replace(html, "*$1*"));

    [GeneratedRegex("<mark>(.*?)</mark>", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
