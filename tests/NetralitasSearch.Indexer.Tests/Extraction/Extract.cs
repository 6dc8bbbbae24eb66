using NetralitasSearch.Indexer.Extraction;
using NetralitasSearch.Indexer.Extraction.Regions;

namespace NetralitasSearch.Indexer.Tests.Extraction;

/// <summary>The default extraction pipeline, built once for the tests that feed it sentences.</summary>
internal static class Extract
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractionPipeline.CreateDefault(Gazetteer.Default));

    public static ExtractedEntities From(string text, string title = "") => Pipeline.Value.Extract(new ExtractionContext(title, text));
}
