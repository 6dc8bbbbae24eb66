using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// A sentence shows <see cref="Kind"/> when <see cref="Trigger"/> matches and, if given, <see cref="Context"/>
/// matches too (a candidate, a campaign, support). Rules for breaches do not fire in sentences that only
/// state the prohibition ("ASN dilarang ...") or deny the act ("saya tidak mendukung ..."). Acts done by people
/// (<see cref="NeedsActor"/>) count only where a civil servant or official is the actor; official cars and programmes
/// are reported as things, by a finding ("ditemukan", "diduga") alone.
/// </summary>
internal sealed record ViolationRule(ViolationKind Kind, Regex Trigger, Regex? Context = null, bool NeedsActor = true);
