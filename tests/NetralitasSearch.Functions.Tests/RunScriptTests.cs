using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NetralitasSearch.Functions.Tests.Infrastructure;
using NetralitasSearch.Tests;
using Xunit.Abstractions;

namespace NetralitasSearch.Functions.Tests;

/// <summary>
/// ./run.sh as an operator starts it in the background (as a non-interactive shell does, which leaves SIGINT ignored in
/// it): on its own ports and data folder, it serves the app, `./netralitas upload` with the same AZURITE_BLOB_PORT and
/// AZURITE_QUEUE_PORT reaches its storage, and SIGINT or SIGTERM to it stops every process it started.
/// </summary>
public sealed class RunScriptTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(6);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task RunShInTheBackgroundServesAndStopsEverythingItStartedOnASignal(string signal)
    {
        var data = Directory.CreateTempSubdirectory("netralitas-run-").FullName;
        var (port, blobPort, queuePort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var environment = new Dictionary<string, string?>
        {
            ["PORT"] = Text(port),
            ["AZURITE_BLOB_PORT"] = Text(blobPort),
            ["AZURITE_QUEUE_PORT"] = Text(queuePort),
            ["NETRALITAS_DATA"] = data,
            ["Admin__Key"] = HostFixture.AdminKey,
            ["AzureWebJobsStorage"] = null,
            ["Index__Path"] = null,
            ["NETRALITAS_RUN_SIGNALS"] = null,
        };
        var log = Path.Combine(data, "run.log");
        var script = await RunAsync("bash", ["-c", $"./run.sh > '{log}' 2>&1 & echo $!"], environment);
        var pid = int.Parse(script.Trim(), CultureInfo.InvariantCulture);
        var started = new List<int>();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.UntilAsync(async () => (await File.ReadAllTextAsync(log)).Contains("NetralitasSearch is running", StringComparison.Ordinal) || !Alive(pid), () => $"./run.sh to come up:\n{File.ReadAllText(log)}", StartPatience);
            Assert.True(Alive(pid), $"./run.sh exited at start:\n{await File.ReadAllTextAsync(log)}");

            // The CLI finds the storage of this run.sh from the same variables (no AzureWebJobsStorage).
            var article = Path.Combine(data, $"skrip-{signal}.html");
            await File.WriteAllBytesAsync(article, Articles.Html($"qzskrip{signal.ToLowerInvariant()}", "Lewat Skrip", "Diunggah dengan CLI."));
            output.WriteLine(await RunAsync(Path.Combine(RepositoryPaths.Root, "netralitas"), ["upload", article], environment));
            await Eventually.UntilAsync(async () => JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync($"/api/search?q=qzskrip{signal.ToLowerInvariant()}")).GetProperty("total").GetInt32() == 1, () => "the uploaded article to be searchable", TimeSpan.FromMinutes(1));

            started = Descendants(pid);
            Assert.True(started.Count >= 3, $"Expected Azurite (blob, queue) and the runner under ./run.sh, found {started.Count} processes.");
            await RunAsync("kill", [$"-{signal}", Text(pid)], environment);
            await Eventually.UntilAsync(() => Task.FromResult(!Alive(pid)), () => $"./run.sh to exit after SIG{signal}", TimeSpan.FromSeconds(60));
            await Eventually.UntilAsync(() => Task.FromResult(started.All(child => !Alive(child))), () => $"every process ./run.sh started to stop after SIG{signal}: {string.Join(", ", started.Where(Alive))} still run", TimeSpan.FromSeconds(30));

            foreach (var listening in new[] { port, blobPort, queuePort })
            {
                Assert.False(Listening(listening), $"Something still listens on {listening} after SIG{signal}.");
            }

            Assert.Contains("Stopping", await File.ReadAllTextAsync(log), StringComparison.Ordinal);
        }
        finally
        {
            // Only what this test started: the script and the processes found under it.
            foreach (var leftover in started.Append(pid).Where(Alive))
            {
                await RunAsync("kill", ["-KILL", Text(leftover)], environment);
            }

            output.WriteLine(await File.ReadAllTextAsync(log));
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task RunShAsAReaderOnGivenStorageStartsNoAzuriteIngestsNothingAndServesWhatTheWriterPublishes()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = NetralitasSearch.Storage.StorageAccount.Connect(azurite.ConnectionString);
        var data = Directory.CreateTempSubdirectory("netralitas-run-reader-").FullName;
        var port = FreePort.Next();
        var environment = new Dictionary<string, string?>
        {
            ["PORT"] = Text(port),
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Index__Role"] = "reader",
            ["NETRALITAS_DATA"] = data,
            ["Admin__Key"] = HostFixture.AdminKey,
            ["Index__Path"] = null,
            ["AZURITE_BLOB_PORT"] = null,
            ["AZURITE_QUEUE_PORT"] = null,
            ["NETRALITAS_RUN_SIGNALS"] = null,
        };
        var log = Path.Combine(data, "run.log");
        var pid = int.Parse((await RunAsync("bash", ["-c", $"./run.sh > '{log}' 2>&1 & echo $!"], environment)).Trim(), CultureInfo.InvariantCulture);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.UntilAsync(async () => (await File.ReadAllTextAsync(log)).Contains("NetralitasSearch is running", StringComparison.Ordinal) || !Alive(pid), () => $"./run.sh to come up:\n{File.ReadAllText(log)}", StartPatience);
            Assert.True(Alive(pid), $"./run.sh exited at start:\n{await File.ReadAllTextAsync(log)}");
            var health = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/api/health"));
            Assert.Equal("reader", health.GetProperty("role").GetString());
            Assert.DoesNotContain(Descendants(pid), child => File.ReadAllText($"/proc/{child}/cmdline").Contains("azurite", StringComparison.Ordinal));

            // An article uploaded while no writer runs is not ingested by the reader: no document is stored, none found.
            await storage.Blobs.EnsureContainerAsync("articles");
            await storage.Blobs.UploadAsync("articles", "reader/a.html", Articles.Html("qzrunreader", "Hanya Pembaca", "Kabupaten Kendal"), "text/html");
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(0, await CountAsync(storage.Blobs.ListAsync("documents")));
            Assert.Equal(0, JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/api/search?q=qzrunreader")).GetProperty("total").GetInt32());

            // A writer on the same storage ingests it and publishes; the reader serves it from the published snapshot.
            await using var writer = await HostProcess.StartAsync(azurite.ConnectionString, settings: Replication.ReplicationHosts.Role("writer"));
            await Eventually.UntilAsync(async () => JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync("/api/search?q=qzrunreader")).GetProperty("total").GetInt32() == 1, () => "the writer's publication on the run.sh reader", TimeSpan.FromMinutes(2), writer);
            await RunAsync("kill", ["-TERM", Text(pid)], environment);
            await Eventually.UntilAsync(() => Task.FromResult(!Alive(pid)), () => "./run.sh to exit after SIGTERM", TimeSpan.FromSeconds(60));
        }
        finally
        {
            foreach (var leftover in Descendants(pid).Append(pid).Where(Alive))
            {
                await RunAsync("kill", ["-KILL", Text(leftover)], environment);
            }

            output.WriteLine(await File.ReadAllTextAsync(log));
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static bool Alive(int pid) => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static bool Listening(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <summary>Every process below <paramref name="root"/>, from /proc's parent links.</summary>
    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // Gone meanwhile.
                }
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (pid, ppid) in parents)
            {
                if (ppid == parent)
                {
                    found.Add(pid);
                    frontier.Enqueue(pid);
                }
            }
        }

        return found;
    }

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stdout}{await stderr}");
    }
}
