using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;

namespace NetralitasSearch.Indexer.Extraction;

/// <summary>What the stages found, filled in stage by stage.</summary>
public sealed class ExtractedEntities
{
    /// <summary>The names the tagger found in the body (persons, organisations, places), in text order.</summary>
    public List<NameMention> Names { get; } = [];

    /// <summary>Regencies and cities in order of first mention, with how often each was mentioned.</summary>
    public List<(Region Region, int Mentions)> Regencies { get; } = [];

    public List<Region> Provinces { get; } = [];

    public Region? PrimaryRegency { get; set; }

    /// <summary>Per region assigned, what decided it ("'Bupati Musi Rawas': the cue 'Bupati' before it").</summary>
    public Dictionary<Region, List<string>> PlaceEvidence { get; } = [];

    /// <summary>How often each region assigned is named (a headline mention counts twice).</summary>
    public Dictionary<Region, int> PlaceMentions { get; } = [];

    public List<PersonEntity> Persons { get; } = [];

    public List<DateOnly> Dates { get; } = [];

    public DateOnly? EventDate { get; set; }

    public List<string> LegalReferences { get; } = [];

    public List<ViolationFinding> Violations { get; } = [];

    /// <summary>The kinds of the actual cases the text reports, each with the sentence that reports it (never Appeal).</summary>
    public List<ViolationFinding> Incidents { get; } = [];

    /// <summary>What the text holds about neutrality: incident, appeal, rule (in that order, each once).</summary>
    public List<ViolationMode> Modes { get; } = [];

    /// <summary>Mentions in the body with their offsets, for marking them up.</summary>
    public List<EntitySpan> Spans { get; } = [];
}
