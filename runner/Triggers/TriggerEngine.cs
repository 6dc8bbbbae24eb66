using NetralitasSearch.Functions.Replication;
using NetralitasSearch.Functions.Triggers;
using NetralitasSearch.Storage;

namespace NetralitasSearch.LocalRunner.Triggers;

/// <summary>
/// Starts the non-HTTP triggers of the catalog: a <see cref="QueueTriggerListener"/> per queue trigger, a
/// <see cref="TimerTriggerService"/> per timer trigger. A blob trigger (Event Grid on Azure) has no Event Grid here: it
/// is served by the queue trigger of the same class, whose queue the scan fills, so a blob trigger without one stops
/// the runner at start; that queue trigger runs at most host.json's <c>extensions.blobs.maxDegreeOfParallelism</c> at once.
/// </summary>
public static partial class TriggerEngine
{
    public static IServiceCollection AddTriggerEngine(this IServiceCollection services, FunctionCatalog catalog, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(configuration);
        var blobOptions = configuration.GetSection(BlobTriggerOptions.Section).Get<BlobTriggerOptions>() ?? new BlobTriggerOptions();
        var queueOptions = configuration.GetSection(QueueTriggerOptions.Section).Get<QueueTriggerOptions>() ?? new QueueTriggerOptions();
        // Queue listeners of this process wake as soon as the app, in this process, queues a message for them.
        services.AddSingleton<QueueWakeups>();
        services.AddSingleton<IQueueStore>(provider => new WakingQueueStore(provider.GetRequiredService<StorageAccount>().Queues, provider.GetRequiredService<QueueWakeups>()));
        var servedBlobs = new HashSet<FunctionDescriptor>();
        foreach (var blob in catalog.Of(FunctionTrigger.Blob))
        {
            var twin = catalog.Of(FunctionTrigger.Queue).FirstOrDefault(queue => queue.Class == blob.Class)
                ?? throw new InvalidOperationException($"Function {blob.Name} is blob-triggered on '{blob.Target}', but its class {blob.Class.Name} has no queue-triggered function: locally a blob trigger is served through one.");
            servedBlobs.Add(twin);
        }

        // A reader (Index__Role=reader) serves search only: no queue or timer trigger runs in it.
        var reader = ReplicationOptions.Read(configuration).Role == IndexRole.Reader;
        foreach (var function in catalog.Functions)
        {
            if (reader && function.Trigger is FunctionTrigger.Queue or FunctionTrigger.Timer)
            {
                continue;
            }

            if (function.Trigger is FunctionTrigger.Queue or FunctionTrigger.Timer)
            {
                FunctionInvoker.Check(function);
            }

            services.TryAddSingletonType(function.Class);
            switch (function.Trigger)
            {
                case FunctionTrigger.Queue:
                    var parallelism = servedBlobs.Contains(function) ? blobOptions.MaxDegreeOfParallelism : queueOptions.BatchSize + queueOptions.NewBatchThreshold;
                    services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<QueueTriggerListener>(provider, function, parallelism, provider.GetRequiredService<IQueueStore>()));
                    break;
                case FunctionTrigger.Timer:
                    var schedule = TimerSchedule.Parse(function.Target, $"The schedule of {function.Name}");
                    services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<TimerTriggerService>(provider, function, schedule));
                    break;
            }
        }

        return services;
    }

    /// <summary>Logs what serves each function, once at start.</summary>
    public static void LogFunctions(ILogger logger, FunctionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var function in catalog.Functions)
        {
            var served = function.Trigger == FunctionTrigger.Blob
                ? $"blob trigger on '{function.Target}' (Event Grid on Azure), served here through {catalog.Of(FunctionTrigger.Queue).First(queue => queue.Class == function.Class).Name}"
                : $"{function.Trigger.ToString().ToLowerInvariant()} trigger: {function.Target}";
            LogFunction(logger, function.Name, served);
        }
    }

    private static void TryAddSingletonType(this IServiceCollection services, Type type)
    {
        if (!services.Any(descriptor => descriptor.ServiceType == type))
        {
            services.AddSingleton(type);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Function {Function}: {Served}")]
    private static partial void LogFunction(ILogger logger, string function, string served);
}
