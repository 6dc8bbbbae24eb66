using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>Registers functions with their triggers, the way the Functions host discovers them from attributes.</summary>
public static class TriggerRegistration
{
    /// <summary>Reads the trigger settings of host.json (extensions.queues, extensions.blobs, netralitas).</summary>
    public static IServiceCollection AddTriggerOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(QueueTriggerOptions.Section).Get<QueueTriggerOptions>() ?? new QueueTriggerOptions());
        services.AddSingleton(configuration.GetSection(BlobTriggerOptions.Section).Get<BlobTriggerOptions>() ?? new BlobTriggerOptions());
        services.AddSingleton(configuration.GetSection(HostExtensionOptions.Section).Get<HostExtensionOptions>() ?? new HostExtensionOptions());
        services.AddSingleton<HostReadiness>();
        return services;
    }

    public static IServiceCollection AddBlobTrigger<TFunction>(this IServiceCollection services, BlobTriggerBinding binding)
        where TFunction : class, IBlobTriggerFunction
    {
        services.AddSingleton<TFunction>();
        services.AddKeyedSingleton(binding.FunctionName, (provider, _) => new BlobReceipts(provider.GetRequiredService<IBlobStore>(), binding.HostContainer, binding.FunctionName));
        services.AddHostedService(provider => new BlobTriggerListener<TFunction>(
            binding,
            provider.GetRequiredService<TFunction>(),
            provider.GetRequiredService<IBlobStore>(),
            provider.GetRequiredService<IQueueStore>(),
            provider.GetRequiredKeyedService<BlobReceipts>(binding.FunctionName),
            provider.GetRequiredService<QueueTriggerOptions>(),
            provider.GetRequiredService<BlobTriggerOptions>(),
            provider.GetRequiredService<HostExtensionOptions>(),
            provider.GetRequiredService<HostReadiness>(),
            provider.GetRequiredService<ILogger<BlobTriggerListener<TFunction>>>()));
        services.AddKeyedSingleton(binding.FunctionName, (provider, _) => new BlobChangeScanner(
            provider.GetRequiredService<IBlobStore>(),
            provider.GetRequiredService<IQueueStore>(),
            provider.GetRequiredKeyedService<BlobReceipts>(binding.FunctionName),
            binding.HostContainer,
            binding.Container,
            binding.Queue,
            provider.GetRequiredService<ILogger<BlobChangeScanner>>()));
        return services;
    }

    public static IServiceCollection AddTimerTrigger<TFunction>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> schedule)
        where TFunction : class, ITimerTriggerFunction
    {
        services.AddSingleton<TFunction>();
        services.AddHostedService(provider => new TimerTriggerService<TFunction>(
            provider.GetRequiredService<TFunction>(),
            schedule(provider),
            provider.GetRequiredService<HostReadiness>(),
            provider.GetRequiredService<ILogger<TimerTriggerService<TFunction>>>()));
        return services;
    }
}
