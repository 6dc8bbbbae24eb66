using NetralitasSearch.Tests;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>Polling for a state the host reaches in its own time; a failure names what was awaited and keeps the host's log.</summary>
internal static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan patience, HostProcess? host = null)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        if (host is null)
        {
            throw new TimeoutException($"Gave up waiting for {what()}.");
        }

        var log = Path.Combine(RepositoryPaths.Root, ".data", "test-results", $"host-{Guid.NewGuid():N}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        await File.WriteAllTextAsync(log, host.Output);
        throw new TimeoutException($"Gave up waiting for {what()}; the host's log is in {log}.");
    }
}
