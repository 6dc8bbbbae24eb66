using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Storage;

/// <summary>The storage API version is a setting: the default is one Azurite 3.37 accepts; a version the clients do not know is a plain error.</summary>
public sealed class StorageServiceVersionTests
{
    [Fact]
    public void TheDefaultIsTheNewestVersionAzuriteAccepts()
    {
        Assert.Equal(BlobClientOptions.ServiceVersion.V2026_06_06, StorageServiceVersion.Blobs(null));
        Assert.Equal(QueueClientOptions.ServiceVersion.V2026_06_06, StorageServiceVersion.Queues(""));
    }

    [Fact]
    public void AVersionIsWrittenAsTheServiceWritesIt() =>
        Assert.Equal(BlobClientOptions.ServiceVersion.V2025_11_05, StorageServiceVersion.Blobs("2025-11-05"));

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("latest")]
    [InlineData("V2026_06_06")]
    public void AnUnknownVersionIsRefusedWithTheKnownOnes(string version)
    {
        var refused = Assert.Throws<FormatException>(() => StorageAccount.Connect("UseDevelopmentStorage=true", version));

        Assert.Contains("Storage:ServiceVersion", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-10-06", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConnectionStringThatIsNotOneIsAPlainError()
    {
        var refused = Assert.Throws<FormatException>(() => StorageAccount.Connect("not a connection string"));

        Assert.Contains("AzureWebJobsStorage", refused.Message, StringComparison.Ordinal);
    }
}
