using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Storage;

/// <summary>Reads within a size limit against real Azurite: the limit kept, the bytes, ETag and metadata of one version.</summary>
public sealed class AzureBlobStoreTests(AzureBlobStoreTests.Storage storage) : IClassFixture<AzureBlobStoreTests.Storage>
{
    private const long Limit = 16 * 1024 * 1024;
    private readonly IBlobStore blobs = storage.Blobs;

    /// <summary>One Azurite for the class, with the container the tests write into.</summary>
    public sealed class Storage : IAsyncLifetime
    {
        private AzuriteProcess? azurite;

        public IBlobStore Blobs { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            azurite = await AzuriteProcess.StartAsync();
            Blobs = StorageAccount.Connect(azurite.ConnectionString).Blobs;
            await Blobs.EnsureContainerAsync("store");
        }

        public async Task DisposeAsync()
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(4 * 1024 * 1024)]
    [InlineData(4 * 1024 * 1024 + 1)]
    [InlineData(9 * 1024 * 1024 + 17)]
    public async Task ABlobWithinTheLimitComesBackWholeWithItsVersionTypeAndMetadata(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var name = $"utuh/{size}.bin";
        var etag = await blobs.UploadAsync("store", name, bytes, "application/octet-stream", new Dictionary<string, string> { ["sumber"] = "uji" });

        var content = await blobs.DownloadAsync("store", name, Limit);

        Assert.NotNull(content);
        Assert.False(content.IsTruncated);
        Assert.Equal(size, content.Length);
        Assert.Equal(bytes, content.Content.ToArray());
        Assert.Equal(etag, content.ETag);
        Assert.Equal("application/octet-stream", content.ContentType);
        Assert.Equal("uji", content.Metadata["sumber"]);
    }

    [Theory]
    [InlineData(11, 10)]
    [InlineData(5 * 1024 * 1024, 4 * 1024 * 1024)]
    [InlineData(6 * 1024 * 1024, 5 * 1024 * 1024)]
    public async Task ABlobOverTheLimitIsReportedWithItsLengthAndNoBytes(int size, long limit)
    {
        var name = $"besar/{size}-{limit}.bin";
        var etag = await blobs.UploadAsync("store", name, new byte[size]);

        var content = await blobs.DownloadAsync("store", name, limit);

        Assert.NotNull(content);
        Assert.True(content.IsTruncated);
        Assert.Equal(size, content.Length);
        Assert.True(content.Content.IsEmpty);
        Assert.Equal(etag, content.ETag);
    }

    [Fact]
    public async Task AMissingBlobIsNull()
    {
        Assert.Null(await blobs.DownloadAsync("store", "tidak-ada.html", Limit));
        Assert.Null(await blobs.DownloadAsync("store", "tidak-ada.html"));
    }
}
