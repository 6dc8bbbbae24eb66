using System.Globalization;
using System.Text;
using NetralitasSearch.Indexer.Extraction.Names;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>The tagger's exact-span scores per class, and the pipeline's person-name score, over a CoNLL file.</summary>
public sealed class NerReport
{
    public int Sentences { get; set; }

    /// <summary>Sentences where the tagger's persons differ from the gold ones, with the gold names marked.</summary>
    public List<string> Differences { get; } = [];

    public SortedDictionary<NameClass, Score> Tagger { get; } = [];

    /// <summary>Person names listed by the whole extraction pipeline against the gold person spans.</summary>
    public Score Pipeline { get; } = new();

    public Score For(NameClass nameClass) => Tagger.TryGetValue(nameClass, out var score) ? score : Tagger[nameClass] = new Score();

    public string Format(bool differences = false)
    {
        var text = new StringBuilder();
        if (differences)
        {
            foreach (var line in Differences)
            {
                text.AppendLine(line);
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"sentences: {Sentences}");
        foreach (var (nameClass, score) in Tagger.Where(pair => pair.Value.TruePositives + pair.Value.FalseNegatives > 0))
        {
            text.AppendLine(Line($"tagger {nameClass.ToString().ToLowerInvariant()}", score));
        }

        if (Pipeline.TruePositives + Pipeline.FalsePositives + Pipeline.FalseNegatives > 0)
        {
            text.AppendLine(Line("pipeline persons", Pipeline));
        }

        return text.ToString().TrimEnd();
    }

    private static string Line(string name, Score score) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: P {score.Precision:0.000}  R {score.Recall:0.000}  F1 {score.F1:0.000}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})");
}
