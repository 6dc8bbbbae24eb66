namespace NetralitasSearch.Functions.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Host with Azurite";
}
