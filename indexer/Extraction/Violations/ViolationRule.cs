using System.Text.RegularExpressions;

namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// A sentence shows <see cref="Kind"/> when <see cref="Trigger"/> matches and, if given, <see cref="Context"/>
/// matches too (a candidate, a campaign, support). Rules for breaches do not fire in sentences that only
/// state the prohibition ("ASN dilarang ...") or deny the act ("saya tidak mendukung ...").
/// </summary>
internal sealed record ViolationRule(ViolationKind Kind, Regex Trigger, Regex? Context = null);
