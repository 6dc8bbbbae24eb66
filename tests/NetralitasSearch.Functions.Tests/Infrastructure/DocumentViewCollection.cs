namespace NetralitasSearch.Functions.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class DocumentViewCollection : ICollectionFixture<DocumentViewFixture>
{
    public const string Name = "Host with Azurite, scanned circulars read by OCR and chromium";
}
