using System.Globalization;
using System.Text;

namespace NetralitasSearch.Indexer.Evaluation;

/// <summary>The parsing figures over a fixture folder: body token F1 (mean and worst), title and date exact-match rates.</summary>
public sealed record ParsingReport(IReadOnlyList<ParsingCase> Cases)
{
    public double MeanBodyF1 => Cases.Count == 0 ? 0 : Cases.Average(c => c.BodyF1);

    public double WorstBodyF1 => Cases.Count == 0 ? 0 : Cases.Min(c => c.BodyF1);

    public double MeanBodyPrecision => Cases.Count == 0 ? 0 : Cases.Average(c => c.BodyPrecision);

    public double MeanBodyRecall => Cases.Count == 0 ? 0 : Cases.Average(c => c.BodyRecall);

    /// <summary>Pages with an expected body of which nothing came out.</summary>
    public int MissingBodies => Cases.Count(c => c.BodyMissing);

    public double TitleMatchRate => Rate(c => c.TitleMatches);

    public double PublishedMatchRate => Rate(c => c.PublishedMatches);

    public string Format(bool perCase)
    {
        var text = new StringBuilder();
        if (perCase)
        {
            foreach (var item in Cases.OrderBy(c => c.BodyF1))
            {
                var circular = item.CircularMatches switch { true => "  circular ok", false => "  circular MISS", null => "" };
                text.AppendLine(CultureInfo.InvariantCulture, $"{item.BodyF1:0.000} (p {item.BodyPrecision:0.000} r {item.BodyRecall:0.000})  title {(item.TitleMatches ? "ok" : "MISS")}  date {(item.PublishedMatches ? "ok" : "MISS")}{circular}  {item.File}{(item.Failure is null ? "" : "  " + item.Failure)}");
                if (!item.TitleMatches)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"       title expected «{item.ExpectedTitle}» got «{item.ActualTitle}»");
                }

                if (!item.PublishedMatches)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"       date expected {item.ExpectedPublished ?? "none"} got {item.ActualPublished ?? "none"}");
                }
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"pages: {Cases.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"body_f1_mean: {MeanBodyF1:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"body_f1_worst: {WorstBodyF1:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"body_precision_mean: {MeanBodyPrecision:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"body_recall_mean: {MeanBodyRecall:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"body_missing: {MissingBodies}");
        text.AppendLine(CultureInfo.InvariantCulture, $"title_exact: {TitleMatchRate:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"published_exact: {PublishedMatchRate:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"outlet_exact: {Rate(c => c.OutletMatches):0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"author_exact: {Rate(c => c.AuthorMatches):0.000}");
        text.Append(CultureInfo.InvariantCulture, $"url_exact: {Rate(c => c.UrlMatches):0.000}");
        if (Cases.Any(c => c.CircularMatches is not null))
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"circular_exact: {Cases.Count(c => c.CircularMatches == true) / (double)Cases.Count(c => c.CircularMatches is not null):0.000}");
        }
        return text.ToString();
    }

    private double Rate(Func<ParsingCase, bool> predicate) => Cases.Count == 0 ? 0 : Cases.Count(predicate) / (double)Cases.Count;
}
