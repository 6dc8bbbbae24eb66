using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace NetralitasSearch.Storage;

/// <summary>Opens the blob and queue stores of a connection string (Azure, or Azurite through development storage).</summary>
public sealed class StorageAccount
{
    /// <summary>One storage call, connect to last byte: an outage must surface as an exception the host retries, not a hang.</summary>
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(30);

    private StorageAccount(BlobServiceClient blobService, QueueServiceClient queueService)
    {
        BlobService = blobService;
        Blobs = new AzureBlobStore(blobService);
        Queues = new AzureQueueStore(queueService);
    }

    public IBlobStore Blobs { get; }

    public IQueueStore Queues { get; }

    /// <summary>The SDK client itself, for the blob bindings of the functions.</summary>
    public BlobServiceClient BlobService { get; }

    /// <summary>
    /// The SDK client of one blob, as a function's blob binding hands it over; a name with "." or ".." segments is
    /// refused (see <see cref="BlobNames"/>).
    /// </summary>
    public BlobClient BlobClient(string container, string name)
    {
        BlobNames.ThrowIfUnaddressable(name);
        return BlobService.GetBlobContainerClient(container).GetBlobClient(name);
    }

    /// <summary>
    /// Parses the connection string; throws <see cref="FormatException"/> with a plain message when it is not one or
    /// when <paramref name="serviceVersion"/> (see <see cref="StorageServiceVersion"/>) is not a version the clients know.
    /// </summary>
    public static StorageAccount Connect(string connectionString, string? serviceVersion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var blobOptions = new BlobClientOptions(StorageServiceVersion.Blobs(serviceVersion));
        var queueOptions = new QueueClientOptions(StorageServiceVersion.Queues(serviceVersion)) { MessageEncoding = QueueMessageEncoding.Base64 };
        foreach (var options in new ClientOptions[] { blobOptions, queueOptions })
        {
            // StorageRetry is the one retry policy; the clients' own would multiply its attempts.
            options.Retry.MaxRetries = 0;
            options.Retry.NetworkTimeout = NetworkTimeout;
        }

        try
        {
            return new StorageAccount(new BlobServiceClient(connectionString, blobOptions), new QueueServiceClient(connectionString, queueOptions));
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("AzureWebJobsStorage is not a valid Azure Storage connection string (expected 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...').", exception);
        }
    }

    /// <summary>The connection string of an Azurite started on custom loopback ports.</summary>
    public static string AzuriteConnectionString(int blobPort, int queuePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";
}
