using System.Net;
using System.Net.Sockets;

namespace NetralitasSearch.Bench.EndToEnd;

/// <summary>Ports on 127.0.0.1 for the servers the benchmark starts, so it never collides with a running ./run.sh.</summary>
internal static class LoopbackPort
{
    /// <summary>A port nothing listens on now (the OS picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port; false when the time runs out or the server died.</summary>
    public static async Task<bool> WaitListeningAsync(int port, ServiceProcess server, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !server.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }

        return false;
    }
}
