using System.Net;
using System.Net.Sockets;

namespace NetralitasSearch.Functions.Scraping;

/// <summary>
/// The connect callback of an HTTP handler that may reach only addresses an <see cref="AddressGuard"/> allows: the
/// host is resolved here and every address checked before a socket opens, so a name pointing (or re-pointing) into
/// the operator's network is refused. The scraper's fetcher and the alerts' webhook sender both connect through it.
/// </summary>
public static class GuardedConnector
{
    /// <summary>Resolves the host and connects only to addresses the guard allows; none allowed is a <see cref="BlockedAddressException"/>.</summary>
    public static async ValueTask<Stream> ConnectAsync(AddressGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

        string? refusal = null;
        Exception? failure = null;
        foreach (var address in addresses)
        {
            if (guard.Check(address) is { } refused)
            {
                refusal ??= refused;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                failure = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw failure ?? new BlockedAddressException(refusal ?? $"{host} has no address");
    }
}
