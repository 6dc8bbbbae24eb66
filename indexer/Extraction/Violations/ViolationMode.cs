namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// What a text holds about ASN neutrality, as the label schema of the extraction sets defines it. Ids (kebab-case in
/// JSON): incident, appeal, rule.
/// </summary>
public enum ViolationMode
{
    /// <summary>An actual case: an identified ASN, village official or official did it, or was reported, summoned,
    /// examined, recommended for sanction or sanctioned for it.</summary>
    Incident,

    /// <summary>A reminder, circular, pledge or socialisation urging neutrality.</summary>
    Appeal,

    /// <summary>What is forbidden, or its sanctions, stated in general rather than of a case.</summary>
    Rule,
}
