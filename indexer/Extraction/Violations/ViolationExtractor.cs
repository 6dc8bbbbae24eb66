using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// Finds the kinds of neutrality breach a story reports, sentence by sentence, each with the sentence that
/// justifies it. Sentences that state prohibitions count toward <see cref="ViolationKind.Appeal"/> only.
/// </summary>
public sealed class ViolationExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var found = new Dictionary<ViolationKind, ViolationFinding>();
        foreach (var (start, length) in SentenceSplitter.Split(context.Text))
        {
            var sentence = context.Text.Substring(start, length);
            var normative = ViolationRules.Normative.IsMatch(sentence);
            var denied = ViolationRules.Denial.IsMatch(sentence);
            foreach (var rule in ViolationRules.All)
            {
                if (found.ContainsKey(rule.Kind))
                {
                    continue;
                }

                var isAppeal = rule.Kind == ViolationKind.Appeal;
                if (!isAppeal && (normative || denied))
                {
                    continue;
                }

                if (rule.Trigger.IsMatch(sentence) && (rule.Context is null || rule.Context.IsMatch(sentence)))
                {
                    found[rule.Kind] = new ViolationFinding(rule.Kind, sentence, start, length);
                }
            }
        }

        if (context.IsCircular && !found.ContainsKey(ViolationKind.Appeal))
        {
            var first = SentenceSplitter.Split(context.Text).FirstOrDefault();
            found[ViolationKind.Appeal] = new ViolationFinding(ViolationKind.Appeal, context.Title, first.Start, first.Length);
        }

        foreach (var finding in found.Values.OrderBy(f => f.Kind))
        {
            entities.Violations.Add(finding);
            entities.Spans.Add(new EntitySpan(EntityType.Violation, ViolationKinds.Id(finding.Kind), finding.Start, finding.Length));
        }
    }
}
