namespace NetralitasSearch.Indexer.Extraction;

/// <summary>
/// One extraction stage. Stages run in the order the pipeline lists them and may read what earlier
/// stages found (persons read regions for their positions, dates read the publication date).
/// </summary>
public interface IEntityExtractor
{
    void Extract(ExtractionContext context, ExtractedEntities entities);
}
