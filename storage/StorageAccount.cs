using Microsoft.WindowsAzure.Storage;

namespace NetralitasSearch.Storage;

/// <summary>Opens the blob and queue stores of a connection string (Azure, or Azurite through development storage).</summary>
public sealed class StorageAccount
{
    private StorageAccount(IBlobStore blobs, IQueueStore queues)
    {
        Blobs = blobs;
        Queues = queues;
    }

    public IBlobStore Blobs { get; }

    public IQueueStore Queues { get; }

    /// <summary>Parses the connection string; throws <see cref="FormatException"/> with a plain message when it is not one.</summary>
    public static StorageAccount Connect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!CloudStorageAccount.TryParse(connectionString, out var account))
        {
            throw new FormatException("AzureWebJobsStorage is not a valid Azure Storage connection string (expected 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...').");
        }

        return new StorageAccount(new CloudBlobStore(account.CreateCloudBlobClient()), new CloudQueueStore(account.CreateCloudQueueClient()));
    }

    /// <summary>The connection string of an Azurite started on custom loopback ports.</summary>
    public static string AzuriteConnectionString(int blobPort, int queuePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";
}
