using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Tests.Storage;

/// <summary>
/// The store against real Azurite: reads within a size limit (the limit kept, the bytes, ETag and metadata of one
/// version), the ETag a listing shows equal to the one a write returned, conditional writes, leases, and the queue.
/// </summary>
public sealed class AzureBlobStoreTests(AzureBlobStoreTests.Storage storage) : IClassFixture<AzureBlobStoreTests.Storage>
{
    private const long Limit = 16 * 1024 * 1024;
    private readonly IBlobStore blobs = storage.Blobs;

    /// <summary>One Azurite for the class, with the container the tests write into.</summary>
    public sealed class Storage : IAsyncLifetime
    {
        private AzuriteProcess? azurite;

        public IBlobStore Blobs { get; private set; } = null!;

        public IQueueStore Queues { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            azurite = await AzuriteProcess.StartAsync();
            var account = StorageAccount.Connect(azurite.ConnectionString);
            Blobs = account.Blobs;
            Queues = account.Queues;
            await Blobs.EnsureContainerAsync("store");
            await Queues.EnsureQueueAsync("antrean");
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

    [Fact]
    public async Task AListingShowsTheETagAndMetadataTheWriteGave()
    {
        var etag = await blobs.UploadAsync("store", "daftar/satu.html", "isi"u8.ToArray(), "text/html", new Dictionary<string, string> { ["status"] = "Queued" });

        var listed = new List<NetralitasSearch.Storage.BlobItem>();
        await foreach (var item in blobs.ListAsync("store", "daftar/"))
        {
            listed.Add(item);
        }

        var only = Assert.Single(listed);
        Assert.Equal(etag, only.ETag);
        Assert.StartsWith("\"", etag, StringComparison.Ordinal);
        Assert.Equal("Queued", only.Metadata["status"]);
        Assert.Equal(3, only.Length);
    }

    [Fact]
    public async Task AConditionalWriteSucceedsOnlyOnTheVersionItNames()
    {
        var created = await blobs.TryUploadAsync("store", "syarat/tanda.json", "1"u8.ToArray(), ifMatch: null);
        var again = await blobs.TryUploadAsync("store", "syarat/tanda.json", "2"u8.ToArray(), ifMatch: null);
        var changed = await blobs.TryUploadAsync("store", "syarat/tanda.json", "3"u8.ToArray(), created);
        var stale = await blobs.TryUploadAsync("store", "syarat/tanda.json", "4"u8.ToArray(), created);

        Assert.NotNull(created);
        Assert.Null(again);
        Assert.NotNull(changed);
        Assert.Null(stale);
        Assert.Equal("3"u8.ToArray(), (await blobs.DownloadAsync("store", "syarat/tanda.json"))!.Content.ToArray());
    }

    [Fact]
    public async Task ALeaseIsHeldByOneHolderUntilReleased()
    {
        var first = await blobs.TryAcquireLeaseAsync("store", "kunci/pindai", TimeSpan.FromSeconds(15));
        var second = await blobs.TryAcquireLeaseAsync("store", "kunci/pindai", TimeSpan.FromSeconds(15));
        var renewed = await blobs.RenewLeaseAsync("store", "kunci/pindai", first!);
        var renewedByStranger = await blobs.RenewLeaseAsync("store", "kunci/pindai", Guid.NewGuid().ToString());
        await blobs.ReleaseLeaseAsync("store", "kunci/pindai", first!);
        var afterRelease = await blobs.TryAcquireLeaseAsync("store", "kunci/pindai", TimeSpan.FromSeconds(15));

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.True(renewed);
        Assert.False(renewedByStranger);
        Assert.NotNull(afterRelease);
    }

    [Fact]
    public async Task AQueueMessageIsHiddenWhileHeldAndGoneWhenDeleted()
    {
        await storage.Queues.AddAsync("antrean", "{\"container\":\"articles\",\"name\":\"a.html\",\"etag\":null}");

        var received = Assert.Single(await storage.Queues.ReceiveAsync("antrean", 32, TimeSpan.FromSeconds(30)));
        var whileHeld = await storage.Queues.ReceiveAsync("antrean", 32, TimeSpan.FromSeconds(30));
        var shownSoon = await storage.Queues.SetVisibilityAsync("antrean", received, TimeSpan.FromMilliseconds(1));
        await Task.Delay(1500);
        var again = Assert.Single(await storage.Queues.ReceiveAsync("antrean", 32, TimeSpan.FromSeconds(30)));
        await storage.Queues.DeleteAsync("antrean", again);

        Assert.Equal("{\"container\":\"articles\",\"name\":\"a.html\",\"etag\":null}", received.Text);
        Assert.Equal(1, received.DequeueCount);
        Assert.Empty(whileHeld);
        Assert.NotEqual(received.PopReceipt, shownSoon.PopReceipt);
        Assert.Equal(2, again.DequeueCount);
        Assert.Equal(0, await storage.Queues.ApproximateCountAsync("antrean"));
    }
}
