using NetralitasSearch.Storage;

using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// A real Azurite (blob and queue services, from infra/'s npm lockfile) on free loopback ports, with its data
/// in a folder of its own so it can be stopped and started again without losing anything.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string location = Directory.CreateTempSubdirectory("netralitas-azurite-").FullName;
    private ChildProcess? blob;
    private ChildProcess? queue;

    public int BlobPort { get; } = FreePort.Next();

    public int QueuePort { get; } = FreePort.Next();

    public string ConnectionString => StorageAccount.AzuriteConnectionString(BlobPort, QueuePort);

    public static string Bin(string name)
    {
        var path = Path.Combine(RepositoryPaths.Root, "infra", "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: install Azurite with 'cd infra && npm ci' (./test.sh does it).");
    }

    public static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAgainAsync();
        return azurite;
    }

    public async Task StartAgainAsync()
    {
        var environment = new Dictionary<string, string?>();
        blob = new ChildProcess(Bin("azurite-blob"), ["--silent", "--skipApiVersionCheck", "--loose", "--location", location, "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture)], environment, location);
        queue = new ChildProcess(Bin("azurite-queue"), ["--silent", "--skipApiVersionCheck", "--loose", "--location", location, "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture)], environment, location);
        await FreePort.WaitUntilListeningAsync(BlobPort, TimeSpan.FromSeconds(30));
        await FreePort.WaitUntilListeningAsync(QueuePort, TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM to both services, so Azurite saves its state as when an operator stops it; SIGKILL after 15 s.</summary>
    public async Task StopAsync()
    {
        foreach (var service in new[] { blob, queue })
        {
            if (service is not null)
            {
                await service.StopAsync(TimeSpan.FromSeconds(15));
            }
        }

        Stop();
    }

    public void Stop()
    {
        blob?.Dispose();
        queue?.Dispose();
        blob = null;
        queue = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // Temporary data; the OS cleans it up.
        }

        return ValueTask.CompletedTask;
    }
}
