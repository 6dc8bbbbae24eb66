using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// Finds the kinds of neutrality breach a story reports, sentence by sentence, each with the sentence that
/// justifies it. Sentences that state prohibitions count toward <see cref="ViolationKind.Appeal"/> only.
/// </summary>
public sealed class ViolationExtractor : IEntityExtractor
{
    /// <summary>A story about ASN neutrality in elections names one of these; without them the taxonomy does not apply.</summary>
    private static readonly string[] Anchors = ["asn", "pns", "pegawai", "aparatur", "netral", "kampanye", "pilkada", "pemilu", "pemilihan", "paslon", "calon", "kades", "kepala desa", "lurah", "camat", "bawaslu", "kasn"];

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        if (!Anchors.Any(anchor => context.Text.Contains(anchor, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var found = new Dictionary<ViolationKind, ViolationFinding>();
        ViolationFinding? appeal = null;
        var previousReported = false;
        foreach (var (start, length) in SentenceSplitter.Split(context.Text))
        {
            // Patterns run on the sentence in place; the text of a sentence is copied only for a finding. A rule or
            // denial settles the sentence, so the incident pattern runs only when it can still change the outcome.
            var sentence = context.Text.AsSpan(start, length);
            var rule = ViolationRules.Normative.IsMatch(sentence) || ViolationRules.Denial.IsMatch(sentence);
            var incident = !rule && ViolationRules.Incident.IsMatch(sentence);
            rule = rule || (!incident && ViolationRules.ListItem.IsMatch(sentence));

            // A breach counts where the text reports a case: the sentence, or the one before it, carries a sign of one
            // (suspicion, evidence, a summons, a sanction), and the sentence itself is no rule, appeal or denial.
            var reported = !rule && !context.IsCircular && (incident || previousReported);
            foreach (var violation in ViolationRules.All)
            {
                if (violation.Kind == ViolationKind.Appeal)
                {
                    // An appeal only counts for a story with no breach found, and found breaches are never taken back.
                    if (appeal is null && found.Count == 0 && violation.Trigger.IsMatch(sentence))
                    {
                        appeal = new ViolationFinding(ViolationKind.Appeal, sentence.ToString(), start, length);
                    }

                    continue;
                }

                if (reported && !found.ContainsKey(violation.Kind) && violation.Trigger.IsMatch(sentence) && (violation.Context is null || violation.Context.IsMatch(sentence)))
                {
                    found[violation.Kind] = new ViolationFinding(violation.Kind, sentence.ToString(), start, length);
                }
            }

            previousReported = incident && !rule;
        }

        // An appeal is what a story is when it reports no breach (a reminder, a pledge, a circular); a closing
        // reminder at the end of a story about a case does not make that story an appeal.
        if (found.Count == 0 && (appeal is not null || context.IsCircular))
        {
            var first = SentenceSplitter.Split(context.Text).FirstOrDefault();
            found[ViolationKind.Appeal] = appeal ?? new ViolationFinding(ViolationKind.Appeal, context.Title, first.Start, first.Length);
        }

        foreach (var finding in found.Values.OrderBy(f => f.Kind))
        {
            entities.Violations.Add(finding);
            entities.Spans.Add(new EntitySpan(EntityType.Violation, ViolationKinds.Id(finding.Kind), finding.Start, finding.Length));
        }
    }
}
