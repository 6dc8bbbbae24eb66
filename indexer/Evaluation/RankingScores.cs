namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>recall@10, MRR and nDCG@10 (binary relevance), averaged over queries.</summary>
public sealed class RankingScores
{
    private readonly List<(double Recall, double Reciprocal, double Ndcg)> queries = [];

    public double RecallAt10 => queries.Count == 0 ? 0 : queries.Average(q => q.Recall);

    public double Mrr => queries.Count == 0 ? 0 : queries.Average(q => q.Reciprocal);

    public double NdcgAt10 => queries.Count == 0 ? 0 : queries.Average(q => q.Ndcg);

    public int Queries => queries.Count;

    public (double Recall, double Reciprocal, double Ndcg) Add(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        var top = ranked.Take(10).ToList();
        var found = top.Count(relevant.Contains);
        var recall = relevant.Count == 0 ? 1 : found / (double)relevant.Count;
        var first = top.FindIndex(relevant.Contains);
        var reciprocal = first < 0 ? 0 : 1.0 / (first + 1);
        var dcg = top.Select((file, rank) => relevant.Contains(file) ? 1 / Math.Log2(rank + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(rank => 1 / Math.Log2(rank + 2));
        var ndcg = ideal == 0 ? 0 : dcg / ideal;
        queries.Add((recall, reciprocal, ndcg));
        return (recall, reciprocal, ndcg);
    }
}
