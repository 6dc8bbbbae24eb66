namespace NetralitasSearch.Functions.Alerts;

/// <summary>Where the delivery of one document to one saved search's webhook is. Kebab-case in JSON and metadata.</summary>
public enum DeliveryState
{
    /// <summary>Matched and queued, not tried yet.</summary>
    Pending,

    /// <summary>A post is under way (written just before it): found again later, the host died during the post.</summary>
    Sending,

    /// <summary>A post failed; the next one waits in the queue.</summary>
    Retrying,

    Delivered,

    /// <summary>Given up: every attempt failed, or the search or document is gone.</summary>
    Failed,

    /// <summary>
    /// The host stopped during a post, so the receiver may or may not have it. Not posted again: the promise is
    /// "never twice", and the record says what is unknown.
    /// </summary>
    Uncertain,
}
