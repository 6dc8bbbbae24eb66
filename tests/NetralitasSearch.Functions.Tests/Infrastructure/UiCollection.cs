namespace NetralitasSearch.Functions.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiFixture>
{
    public const string Name = "Host with Azurite, samples, a webhook receiver and chromium";
}
