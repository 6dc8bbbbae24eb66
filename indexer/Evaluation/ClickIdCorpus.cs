using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>
/// The CLICK-ID news corpus (William &amp; Sari 2020, doi:10.17632/k42j7x2kpn.1, CC BY 4.0) as
/// ../shared/data/news-corpus/clickid-articles.jsonl holds it. A quarter of it is held out for the extraction
/// evaluation (the first hex digit of sha256(id) is 0–3): those articles are never read for development, for word
/// lists or for models; <see cref="ReadDevelopment"/> leaves them out before anything else looks at them.
/// </summary>
public static class ClickIdCorpus
{
    /// <summary>The path of the corpus under a shared data folder.</summary>
    public static string PathUnder(string sharedData) => Path.Combine(sharedData, "news-corpus", "clickid-articles.jsonl");

    /// <summary>Whether an article is held out: sha256(utf8(id)) starts with 0, 1, 2 or 3.</summary>
    public static bool IsHeldOut(string id)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), digest);
        return digest[0] >> 4 < 4;
    }

    /// <summary>The articles that are not held out, in file order.</summary>
    public static IEnumerable<ClickIdArticle> ReadDevelopment(string corpusPath)
    {
        foreach (var line in File.ReadLines(corpusPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (IsHeldOut(id))
            {
                continue;
            }

            yield return new ClickIdArticle(id, root.GetProperty("title").GetString() ?? "", root.GetProperty("date").GetString() ?? "",
                root.GetProperty("source").GetString() ?? "", root.GetProperty("url").GetString() ?? "", root.GetProperty("text").GetString() ?? "");
        }
    }
}
