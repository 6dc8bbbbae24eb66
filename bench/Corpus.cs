using System.Text.Json;

namespace NetralitasSearch.Bench;

/// <summary>
/// The benchmark corpus: CLICK-ID (William &amp; Sari 2020, doi:10.17632/k42j7x2kpn.1, CC BY 4.0, data changed:
/// see ../shared/data/README.md), 21,963 Indonesian news articles, and the fixed list of 300 queries. When
/// ../shared is absent, a generated corpus stands in and the figures say so.
/// </summary>
internal static class Corpus
{
    public static (List<CorpusArticle> Articles, List<string> Queries, string Description) Load(string root, int? limit)
    {
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var corpus = Path.Combine(shared, "news-corpus", "clickid-articles.jsonl");
        var queries = Path.Combine(shared, "bench-queries.txt");
        if (File.Exists(corpus) && File.Exists(queries))
        {
            var articles = new List<CorpusArticle>();
            foreach (var line in File.ReadLines(corpus))
            {
                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                articles.Add(new CorpusArticle(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("date").GetString()!,
                    e.GetProperty("source").GetString()!, e.GetProperty("url").GetString()!, e.GetProperty("text").GetString()!));
                if (limit is { } max && articles.Count >= max)
                {
                    break;
                }
            }

            return (articles, File.ReadLines(queries).Where(q => q.Trim().Length > 0).ToList(), "CLICK-ID news corpus (CC BY 4.0) and ../shared/data/bench-queries.txt");
        }

        Console.Error.WriteLine($"bench: {shared} is absent: using a generated corpus of {limit ?? 21963} articles and generated queries; the figures are not comparable with the anchors.");
        return Generated(limit ?? 21963);
    }

    private static (List<CorpusArticle>, List<string>, string) Generated(int count)
    {
        var words = "asn netralitas pilkada bupati kepala desa kampanye bawaslu sanksi surat edaran pemilihan daerah aparatur sipil negara politik pegawai presiden banjir jakarta warga pemerintah kota kabupaten provinsi calon pasangan dukungan media sosial unggahan camat lurah sekda rapat apel ikrar pakta integritas pelanggaran laporan klarifikasi rekomendasi".Split(' ');
        var random = new Random(7);
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var articles = Enumerable.Range(0, count).Select(i => new CorpusArticle($"gen-{i}", Sentence(8), "2024-10-01", "generated.example", $"https://generated.example/{i}",
            string.Join('\n', Enumerable.Range(0, 12).Select(_ => Sentence(25) + ".")))).ToList();
        var queries = Enumerable.Range(0, 300).Select(i => Sentence(1 + (i % 3))).ToList();
        return (articles, queries, "generated corpus (../shared absent)");
    }
}
