using System.Collections.Concurrent;
using System.Reflection;
using System.Threading.RateLimiting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using NetralitasSearch.Functions.Ingestion;
using NetralitasSearch.Functions.Security;
using NetralitasSearch.Indexer.Documents;

namespace NetralitasSearch.Functions.Hosting;

/// <summary>
/// On Azure, around every HTTP invocation: the security headers, the search rate limit of the
/// <see cref="RateLimitedAttribute"/> functions, and a damaged index answered as 503 with what mends it. The local
/// runner does the same in its ASP.NET Core pipeline.
/// </summary>
public sealed class HttpGuardMiddleware(SearchRateLimit limits) : IFunctionsWorkerMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = PartitionedRateLimiter.Create<HttpContext, string>(limits.Partition);
    private readonly ConcurrentDictionary<string, bool> limited = new(StringComparer.Ordinal);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        SecurityHeaders.Set(http.Response.Headers);
        if (limited.GetOrAdd(context.FunctionDefinition.EntryPoint, IsRateLimited))
        {
            using var lease = limiter.AttemptAcquire(http);
            if (!lease.IsAcquired)
            {
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await http.Response.WriteAsJsonAsync(new { error = SearchRateLimit.Refusal }).ConfigureAwait(false);
                return;
            }

            await GuardAsync(context, next, http).ConfigureAwait(false);
            return;
        }

        await GuardAsync(context, next, http).ConfigureAwait(false);
    }

    public void Dispose() => limiter.Dispose();

    private static async Task GuardAsync(FunctionContext context, FunctionExecutionDelegate next, HttpContext http)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (IndexService.IsDamage(exception) || IndexService.IsDamage(exception.InnerException ?? exception))
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsJsonAsync(new { error = ErrorAnswers.IndexDamaged }, DocumentJson.Options).ConfigureAwait(false);
        }
    }

    /// <summary>"Namespace.Class.Method" of this assembly's function to whether it carries <see cref="RateLimitedAttribute"/>.</summary>
    private static bool IsRateLimited(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = split > 0 ? typeof(HttpGuardMiddleware).Assembly.GetType(entryPoint[..split]) : null;
        return type?.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == entryPoint[(split + 1)..] && m.IsDefined(typeof(RateLimitedAttribute))) == true;
    }
}
