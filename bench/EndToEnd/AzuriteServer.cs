using System.Diagnostics;
using System.Globalization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>
/// Azurite's blob and queue services as pinned by infra/package-lock.json, on free loopback ports with their data in
/// the benchmark's temporary folder. Installs Azurite (<c>npm ci</c>) when infra/node_modules lacks it, as ./run.sh does.
/// </summary>
internal sealed class AzuriteServer : IAsyncDisposable
{
    private readonly List<ServiceProcess> services = [];

    private AzuriteServer(int blobPort, int queuePort)
    {
        BlobPort = blobPort;
        QueuePort = queuePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public string ConnectionString => StorageAccount.AzuriteConnectionString(BlobPort, QueuePort);

    public static async Task<AzuriteServer> StartAsync(string root, string dataDirectory, CancellationToken cancellationToken = default)
    {
        var infra = Path.Combine(root, "infra");
        await EnsureInstalledAsync(infra, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(dataDirectory);
        var server = new AzuriteServer(LoopbackPort.Free(), LoopbackPort.Free());
        try
        {
            await server.StartServiceAsync(infra, "blob", server.BlobPort, dataDirectory, cancellationToken).ConfigureAwait(false);
            await server.StartServiceAsync(infra, "queue", server.QueuePort, dataDirectory, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
        {
            await service.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Bin(string infra, string service) => Path.Combine(infra, "node_modules", ".bin", $"azurite-{service}");

    private static async Task EnsureInstalledAsync(string infra, CancellationToken cancellationToken)
    {
        if (File.Exists(Bin(infra, "blob")) && File.Exists(Bin(infra, "queue")))
        {
            return;
        }

        Figures.Note("installing Azurite from infra/package-lock.json (npm ci)");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]) { WorkingDirectory = infra })
            ?? throw new InvalidOperationException("npm could not be started; install Node.js 20+ with npm (see README).");
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (npm.ExitCode != 0 || !File.Exists(Bin(infra, "blob")))
        {
            throw new InvalidOperationException($"'npm ci' in {infra} failed (exit {npm.ExitCode}); Azurite is needed for the end-to-end figures.");
        }
    }

    private async Task StartServiceAsync(string infra, string service, int port, string dataDirectory, CancellationToken cancellationToken)
    {
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var process = ServiceProcess.Start(
            $"azurite-{service}",
            Bin(infra, service),
            ["--silent", "--skipApiVersionCheck", "--loose", "--location", dataDirectory, $"--{service}Host", "127.0.0.1", $"--{service}Port", portText],
            new Dictionary<string, string?>(),
            dataDirectory);
        services.Add(process);
        if (!await LoopbackPort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"azurite-{service} did not listen on 127.0.0.1:{port}.\n{process.Tail}");
        }
    }
}
