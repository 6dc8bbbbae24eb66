namespace NetralitasSearch.Indexer.Extraction.Violations;

/// <summary>
/// The kinds of ASN neutrality breach our users filter by. Source: the 2022 joint decree (SKB) of the
/// Minister of PANRB, the Minister of Home Affairs, the heads of BKN and KASN and the chair of Bawaslu on
/// guidance for ASN neutrality in elections, whose list of forbidden acts these group; village officials
/// come from UU 6/2014 Pasal 29 and 51 and UU 10/2016 Pasal 71; <see cref="Appeal"/> is not a breach.
/// Ids (kebab-case in JSON and filters): social-media, campaign-attendance, declaration-of-support,
/// state-facilities, favouring-decision, gifts-to-asn, village-officials, appeal.
/// </summary>
public enum ViolationKind
{
    /// <summary>Posting, sharing, commenting on or liking a candidate's content online.</summary>
    SocialMedia,

    /// <summary>Attending a campaign or a candidate's event, wearing campaign attributes.</summary>
    CampaignAttendance,

    /// <summary>Declaring or pledging support, joining a success team, gestures of support.</summary>
    DeclarationOfSupport,

    /// <summary>Using official cars, offices, budgets or the office itself for a candidate.</summary>
    StateFacilities,

    /// <summary>Decisions, programmes or transfers that favour or harm a candidate.</summary>
    FavouringDecision,

    /// <summary>Gifts, money or gatherings directed at ASN or their families for a candidate.</summary>
    GiftsToAsn,

    /// <summary>Village heads and village officials taking sides.</summary>
    VillageOfficials,

    /// <summary>A reminder, circular, pledge or socialisation urging neutrality: not a violation.</summary>
    Appeal,
}
