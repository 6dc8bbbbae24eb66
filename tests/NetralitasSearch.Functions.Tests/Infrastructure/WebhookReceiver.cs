using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NetralitasSearch.Functions.Tests.Infrastructure;

/// <summary>
/// A webhook on 127.0.0.1 (Kestrel in the test process) for the alert tests: records every POST per path, and answers
/// 503 to the first <see cref="FailFirst"/> posts of a path so the retries are exercised.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonElement>> received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> failFirst = new(StringComparer.Ordinal);
    private WebApplication? app;

    public int Port { get; } = FreePort.Next();

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Answer 503 to the first <paramref name="count"/> posts to <paramref name="path"/>.</summary>
    public void FailFirst(string path, int count) => failFirst[path] = count;

    /// <summary>The bodies accepted (2xx) at a path, in order.</summary>
    public IReadOnlyList<JsonElement> Accepted(string path) => received.TryGetValue(path, out var bodies) ? [.. bodies] : [];

    /// <summary>Every post to a path, accepted or not.</summary>
    public int Attempts(string path) => attempts.GetValueOrDefault(path);

    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string path, int count, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Accepted(path).Count >= count)
            {
                return Accepted(path);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path} received {Accepted(path).Count} of {count} posts ({Attempts(path)} attempts).\n{describe()}");
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var attempt = attempts.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (attempt <= failFirst.GetValueOrDefault(path))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        received.GetOrAdd(path, _ => new ConcurrentQueue<JsonElement>()).Enqueue(body);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
