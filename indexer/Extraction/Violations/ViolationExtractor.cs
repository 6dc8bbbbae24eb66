using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Text;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// Reads, sentence by sentence, what a story says about ASN neutrality: which acts it reports as actual cases
/// (<see cref="ExtractedEntities.Incidents"/>), and whether it holds cases, appeals and rules
/// (<see cref="ExtractedEntities.Modes"/>). A sentence reports an incident of a kind when it names the act
/// (<see cref="ViolationRules.All"/>) in an election context, is no rule, appeal or denial, and has an actor: a person
/// the persons stage found, an office or an ASN ("Camat Jayapura", "tiga ASN", "oknum guru"), or a pronoun for one named
/// just before. A sentence is an appeal when it urges, reminds, circulates or pledges neutrality, and a rule when it
/// states a prohibition or a sanction, both only in a text about neutrality. <see cref="ExtractedEntities.Violations"/>
/// keeps its meaning: the incident kinds, and "appeal" for a story that is itself an appeal (in its headline or lead, or a
/// circular), also when it recalls cases.
/// </summary>
public sealed class ViolationExtractor : IEntityExtractor
{
    /// <summary>A story about ASN neutrality in elections names one of these; without them the taxonomy does not apply.</summary>
    private static readonly string[] Anchors = ["asn", "pns", "pegawai", "aparatur", "netral", "kampanye", "pilkada", "pemilu", "pemilihan", "paslon", "calon", "kades", "kepala desa", "lurah", "camat", "bawaslu", "kasn"];

    /// <summary>How many sentences of the body count as its lead, where a story that is an appeal says so.</summary>
    private const int LeadSentences = 2;

    public void Extract(ExtractionContext context, ExtractedEntities entities)
    {
        var text = context.Text;
        if (!Anchors.Any(anchor => text.Contains(anchor, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // The headline is read as the first sentence ("Camat di Kepahiang Hadiri Deklarasi Paslon"), at offset -1: it
        // reports acts as plainly as any sentence, but it has no place in the body to mark.
        var sentences = SentenceSplitter.Split(text).Select(s => (Text: text.Substring(s.Start, s.Length), s.Start, s.Length)).ToList();
        if (context.Title.Length > 0)
        {
            sentences.Insert(0, (context.Title, -1, 0));
        }

        // A text with neither neutrality nor an election in it holds no appeal, rule or incident: most news ends here.
        var anyElection = ViolationRules.Election.IsMatch(context.Title) || ViolationRules.Election.IsMatch(text);
        var neutrality = ViolationRules.NeutralityTopic.IsMatch(context.Title) || ViolationRules.NeutralityTopic.IsMatch(text)
            || (anyElection && ViolationRules.PublicServants.IsMatch(text));
        if (!neutrality && !anyElection)
        {
            return;
        }

        // Without any act named anywhere, no sentence can report one.
        var anyAct = anyElection && (NamesAnAct(context.Title) || NamesAnAct(text));
        var officialNames = entities.Persons.Where(p => p.Position is { } position && ViolationRules.Actor.IsMatch(position)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var officials = entities.Spans.Where(s => s.Type == EntityType.Person && officialNames.Contains(s.Value)).Select(s => s.Start).Order().ToArray();

        var incidents = new Dictionary<ViolationKind, ViolationFinding>();
        ViolationFinding? appeal = null;
        var leadAppeal = context.IsCircular;
        var rule = false;
        var previousActor = false;
        var previousReported = false;
        var previousActorOf = new bool[sentences.Count];
        var relevantOf = new bool[sentences.Count];
        var election = sentences.Select(s => anyElection && ViolationRules.Election.IsMatch(s.Text) && !ViolationRules.VillageElection.IsMatch(s.Text)).ToArray();
        var titleElection = context.Title.Length > 0 && election[0];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (sentence, start, length) = sentences[i];
            var recap = ViolationRules.Recap.IsMatch(sentence) && !context.IsCircular;
            var normative = !recap && (ViolationRules.Normative.IsMatch(sentence) || ViolationRules.ListItem.IsMatch(sentence) || context.IsCircular
                || ViolationRules.Generic.IsMatch(sentence));

            // The actor is a civil servant or official: an office or an ASN the sentence names, a person the persons stage
            // gave an office, or a pronoun for the actor of the sentence before.
            var actor = anyAct && (ViolationRules.Actor.IsMatch(sentence) || (start >= 0 && HasOfficial(officials, start, length))
                || (previousActor && ViolationRules.Pronoun.IsMatch(sentence)));
            var marked = (anyAct || neutrality) && ViolationRules.Incident.IsMatch(sentence);
            var reported = actor || marked || recap || previousReported;
            previousActor = actor;
            previousActorOf[i] = actor;
            previousReported = (actor || marked) && !normative;

            // Appeals and rules count where the sentence itself is about neutrality: it names it, a civil servant in an
            // election or with a forbidden act ("ASN dilarang mengunggah ..."), or it is a point of a circular or a list.
            // Each test at most once per sentence (they are pure): naming an act alone runs every rule's pattern.
            bool? namesAct = null;
            bool NamesAnActHere() => namesAct ??= NamesAnAct(sentence);
            var servants = ViolationRules.PublicServants.IsMatch(sentence);
            var neutralityNamed = ViolationRules.NeutralityTopic.IsMatch(sentence);
            var aboutNeutrality = neutrality && (neutralityNamed || (servants && (election[i] || NamesAnActHere()))
                || context.IsCircular || ViolationRules.ListItem.IsMatch(sentence));
            if (aboutNeutrality && ViolationRules.AppealTrigger.IsMatch(sentence))
            {
                appeal ??= new ViolationFinding(ViolationKind.Appeal, sentence, Math.Max(0, start), length);
                leadAppeal |= i <= LeadSentences;
            }

            // A rule is stated in general, in a sentence about elections, civil servants, neutrality or an act, or pointing back
            // at one ("Mereka tidak boleh memihak"); a regulation governs neutrality, an act or an election ("Revisi UU KPK
            // mengatur agar pegawai KPK menjadi ASN" is no rule); the sanction of the case at hand ("tiga ASN dijatuhi
            // sanksi") is the case.
            var singledOut = ViolationRules.SpecificActor.IsMatch(sentence) || (start >= 0 && HasOfficial(officials, start, length));
            var generalClass = ViolationRules.GeneralClass.IsMatch(sentence);
            var relevant = election[i] || servants || neutralityNamed || NamesAnActHere() || context.IsCircular || ViolationRules.ListItem.IsMatch(sentence);
            relevantOf[i] = relevant;
            if (neutrality && !rule && !(singledOut && marked && !generalClass)
                && (((normative || generalClass) && ViolationRules.RuleTrigger.IsMatch(sentence) && (relevant || (i > 0 && relevantOf[i - 1] && ViolationRules.Anaphor.IsMatch(sentence))))
                    || (ViolationRules.RegulationTrigger.IsMatch(sentence) && (neutralityNamed || election[i] || NamesAnActHere()))))
            {
                rule = true;
            }

            // An act reported in an election context, by someone, and not as a rule, an appeal or a denial.
            var inElection = election[i] || (i > 0 && election[i - 1]) || (i + 1 < sentences.Count && election[i + 1]) || titleElection;
            if (!anyAct || normative || !reported || !inElection || context.IsCircular || ViolationRules.Denial.IsMatch(sentence) || ViolationRules.Candidacy.IsMatch(sentence))
            {
                continue;
            }

            var actorHere = actor || recap || (i > 0 && previousActorOf[i - 1]);
            foreach (var violation in ViolationRules.All)
            {
                if (violation.Kind != ViolationKind.Appeal && !incidents.ContainsKey(violation.Kind) && (actorHere || !violation.NeedsActor)
                    && violation.Trigger.IsMatch(sentence) && (violation.Context is null || violation.Context.IsMatch(sentence)))
                {
                    incidents[violation.Kind] = new ViolationFinding(violation.Kind, sentence, start, length);
                }
            }
        }

        foreach (var finding in incidents.Values.OrderBy(f => f.Kind))
        {
            entities.Incidents.Add(finding);
            entities.Violations.Add(finding);
            if (finding.Start >= 0)
            {
                entities.Spans.Add(new EntitySpan(EntityType.Violation, ViolationKinds.Id(finding.Kind), finding.Start, finding.Length));
            }
        }

        // A story that is itself an appeal (its headline or lead, or a circular) is an appeal, also when it recalls cases
        // (an apel that mentions two ASN reported, a circular citing last year's case); a closing reminder in a story about
        // something else does not make it one.
        if (leadAppeal)
        {
            var first = sentences.FirstOrDefault(s => s.Start >= 0);
            var finding = appeal ?? new ViolationFinding(ViolationKind.Appeal, context.Title, first.Start, first.Length);
            entities.Violations.Add(finding);
            entities.Spans.Add(new EntitySpan(EntityType.Violation, ViolationKinds.Id(ViolationKind.Appeal), finding.Start, finding.Length));
        }

        if (incidents.Count > 0)
        {
            entities.Modes.Add(ViolationMode.Incident);
        }

        if (appeal is not null || leadAppeal)
        {
            entities.Modes.Add(ViolationMode.Appeal);
        }

        if (rule)
        {
            entities.Modes.Add(ViolationMode.Rule);
        }
    }

    private static bool NamesAnAct(string sentence)
    {
        foreach (var violation in ViolationRules.All)
        {
            if (violation.Kind != ViolationKind.Appeal && violation.Trigger.IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOfficial(int[] officialStarts, int start, int length)
    {
        var index = Array.BinarySearch(officialStarts, start);
        index = index < 0 ? ~index : index;
        return index < officialStarts.Length && officialStarts[index] < start + length;
    }
}
