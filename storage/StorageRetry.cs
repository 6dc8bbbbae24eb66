using System.Net;
using Azure;
using Polly;
using Polly.Retry;

namespace NetralitasSearch.Storage;

/// <summary>
/// The one place where storage calls are tried again. The Azure clients' own retries are off
/// (<see cref="StorageAccount"/>), so every wait between attempts comes from these pipelines: a short one around each
/// call for transient trouble, and a patient one for work that must wait until storage is there at all.
/// </summary>
public static class StorageRetry
{
    /// <summary>Each storage call: three more tries, 0.5 s doubling with jitter, for errors that may pass.</summary>
    public static ResiliencePipeline Transient { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    /// <summary>
    /// Waits for storage to come (host start, an emulator started after the host): tries until cancelled, from 0.25 s
    /// doubling to 10 s; <paramref name="onRetry"/> hears of each failure (for the log).
    /// </summary>
    public static ResiliencePipeline UntilAvailable(Action<Exception, TimeSpan>? onRetry = null) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(exception => exception is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            Delay = TimeSpan.FromMilliseconds(250),
            MaxDelay = TimeSpan.FromSeconds(10),
            BackoffType = DelayBackoffType.Exponential,
            OnRetry = arguments =>
            {
                onRetry?.Invoke(arguments.Outcome.Exception!, arguments.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    /// <summary>Asks again every <paramref name="interval"/> while the answer is null (a lease someone else holds), until cancelled.</summary>
    public static ResiliencePipeline<T?> WhileNull<T>(TimeSpan interval)
        where T : class => new ResiliencePipelineBuilder<T?>()
        .AddRetry(new RetryStrategyOptions<T?>
        {
            ShouldHandle = new PredicateBuilder<T?>().HandleResult(result => result is null),
            MaxRetryAttempts = int.MaxValue,
            Delay = interval,
            BackoffType = DelayBackoffType.Constant,
        })
        .Build();

    /// <summary>Network failures, timeouts, throttling and the server errors Azure Storage documents as retryable.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } => true,
        RequestFailedException failed => failed.Status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests
            or (int)HttpStatusCode.InternalServerError or (int)HttpStatusCode.BadGateway or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout,
        HttpRequestException or IOException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => false,
    };
}
