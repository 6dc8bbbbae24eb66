namespace NetralitasSearch.Functions.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ScraperCollection : ICollectionFixture<ScraperFixture>
{
    public const string Name = "Host with Azurite and the test news site";
}
