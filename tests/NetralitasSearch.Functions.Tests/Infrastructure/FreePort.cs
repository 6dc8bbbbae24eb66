using System.Net;
using System.Net.Sockets;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

internal static class FreePort
{
    private static readonly HashSet<int> Given = [];

    /// <summary>
    /// A loopback port nothing listens on right now, never handed out before in this test run, and below the kernel's
    /// ephemeral range (32768 and up), so the test's own outgoing connections cannot take it before its server binds it.
    /// </summary>
    public static int Next()
    {
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            lock (Given)
            {
                if (!Given.Add(port))
                {
                    continue;
                }
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken by something else on the machine: try another.
            }
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Nothing listened on 127.0.0.1:{port} within {timeout}.");
    }
}
