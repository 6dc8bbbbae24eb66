using NetralitasSearch.Indexer.Extraction.Dates;
using NetralitasSearch.Indexer.Extraction.LegalReferences;
using NetralitasSearch.Indexer.Extraction.Names;
using NetralitasSearch.Indexer.Extraction.Persons;
using NetralitasSearch.Indexer.Extraction.Regions;
using NetralitasSearch.Indexer.Extraction.Violations;

namespace NetralitasSearch.Indexer.Extraction;

/// <summary>The extraction stages in their order, built once and then read-only.</summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IEntityExtractor> stages;

    public ExtractionPipeline(IReadOnlyList<IEntityExtractor> stages)
    {
        this.stages = stages;
    }

    /// <summary>Names first (regions and persons read them), then regions (positions refer to them), dates, legal
    /// references, persons, violations.</summary>
    public static ExtractionPipeline CreateDefault(Gazetteer gazetteer) => new(
    [
        NameTagger.CreateDefault(gazetteer),
        new RegionExtractor(gazetteer),
        new DateExtractor(),
        new LegalReferenceExtractor(),
        new PersonExtractor(gazetteer),
        new ViolationExtractor(),
    ]);

    /// <summary>The stages in order, for measurements that time them one by one.</summary>
    internal IReadOnlyList<IEntityExtractor> Stages => stages;

    public ExtractedEntities Extract(ExtractionContext context)
    {
        var entities = new ExtractedEntities();
        foreach (var stage in stages)
        {
            stage.Extract(context, entities);
        }

        entities.Spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return entities;
    }
}
