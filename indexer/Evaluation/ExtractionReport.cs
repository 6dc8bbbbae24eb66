using System.Globalization;
using System.Text;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>Precision, recall and F1 per entity type over a labelled set, and the differences per document.</summary>
public sealed class ExtractionReport
{
    public SortedDictionary<string, Score> Scores { get; } = new(StringComparer.Ordinal);

    /// <summary>Single-valued fields (primary regency, event date, a matched person's position): right / labelled.</summary>
    public SortedDictionary<string, (int Right, int Total)> Accuracies { get; } = new(StringComparer.Ordinal);

    public List<string> Differences { get; } = [];

    public int Documents { get; set; }

    public Score For(string type) => Scores.TryGetValue(type, out var score) ? score : Scores[type] = new Score();

    public void Count(string field, bool right)
    {
        var (r, t) = Accuracies.GetValueOrDefault(field);
        Accuracies[field] = (r + (right ? 1 : 0), t + 1);
    }

    public string Format(bool differences)
    {
        var text = new StringBuilder();
        if (differences)
        {
            foreach (var line in Differences)
            {
                text.AppendLine(line);
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"documents: {Documents}");
        foreach (var (type, score) in Scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{type}: P {score.Precision:0.000}  R {score.Recall:0.000}  F1 {score.F1:0.000}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})");
        }

        foreach (var (field, (right, total)) in Accuracies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{field}: accuracy {(total == 0 ? 0 : right / (double)total):0.000} ({right}/{total})");
        }

        return text.ToString().TrimEnd();
    }
}
