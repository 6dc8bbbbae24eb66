using Microsoft.Azure.Functions.Worker;
using NetralitasSearch.Functions.Alerts;

namespace NetralitasSearch.Functions.Functions;

/// <summary>DeliverAlert (queue alerts): posts one matched document to its saved search's webhook, at most once (<see cref="AlertDeliverer"/>).</summary>
public sealed class DeliverAlertFunction(AlertDeliverer deliverer)
{
    public const string Name = "DeliverAlert";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger("%Alerts:Queue%", Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken = default) =>
        await deliverer.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
}
