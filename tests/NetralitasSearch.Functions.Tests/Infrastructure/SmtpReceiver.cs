using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free loopback port (cosullivan's SmtpServer, in the test process) that keeps every message
/// it accepts, parsed by MimeKit, so the alert tests read what an e-mail alert actually put on the wire.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> messages = new();
    private readonly CancellationTokenSource stop = new();
    private Task? running;

    public int Port { get; } = FreePort.Next();

    /// <summary>The settings that point the host's alert e-mails here (plain SMTP: a loopback relay).</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Smtp__From"] = "NetralitasSearch <peringatan@netralitas.test>",
    };

    public IReadOnlyList<MimeMessage> Messages => [.. messages];

    public Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("netralitas-test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(messages));
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
        return Task.CompletedTask;
    }

    /// <summary>The messages sent to <paramref name="address"/>, once at least <paramref name="count"/> arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var to = For(address);
            if (to.Count >= count)
            {
                return to;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{For(address).Count} of {count} messages reached {address}.\n{describe()}");
    }

    public IReadOnlyList<MimeMessage> For(string address) =>
        messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
                // Stopping is what was asked for.
            }
        }

        stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
