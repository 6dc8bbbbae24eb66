namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// The record of one document matched by one saved search: <c>deliveries/{alertId}/{documentId}.json</c> in the alerts
/// container, written before and after each post so a document is never posted twice, even across restarts.
/// </summary>
public sealed record AlertDelivery
{
    public required string AlertId { get; init; }

    public required string DocumentId { get; init; }

    public required DeliveryState State { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public int Attempts { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>Why the last attempt failed, in plain words.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset MatchedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public bool IsSettled => State is DeliveryState.Delivered or DeliveryState.Failed or DeliveryState.Uncertain;
}
