namespace NetralitasSearch.Functions.Alerts;

/// <summary>
/// Saved searches and their webhooks, from the <c>Alerts:*</c> settings (environment <c>Alerts__RetryDelay=00:00:10</c>).
/// <see cref="AllowPrivateAddresses"/> mirrors <c>Scraper:AllowPrivateAddresses</c>: off, a webhook may only reach
/// public addresses, so a saved search cannot be made to probe the operator's network.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Blob container of the saved searches and their delivery records.</summary>
    public string Container { get; set; } = "alerts";

    /// <summary>Queue of the deliveries waiting to be posted.</summary>
    public string Queue { get; set; } = "alerts";

    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The first retry's delay; each later one doubles it (at most an hour).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Posts tried per document before its delivery is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>One webhook request, connect to last byte.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the list of saved searches is trusted before it is read again (another instance may have changed it).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Alerts one client address may make without the admin key per hour (per host instance).</summary>
    public int PublicPerAddressPerHour { get; set; } = 10;

    /// <summary>Alerts made without the admin key that may exist at once; past it, creation answers 503 until some are deleted.</summary>
    public int MaxPublicAlerts { get; set; } = 1_000;

    /// <summary>The site's public address for the links of management pages and e-mails; empty: the address a request came to.</summary>
    public string? PublicUrl { get; set; }

    public static AlertOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<AlertOptions>() ?? new AlertOptions();
        options.Validate();
        return options;
    }

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Container, nameof(Container));
        ArgumentException.ThrowIfNullOrWhiteSpace(Queue, nameof(Queue));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Timeout, TimeSpan.FromSeconds(50), nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(RefreshInterval, TimeSpan.Zero, nameof(RefreshInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(PublicPerAddressPerHour, 0, nameof(PublicPerAddressPerHour));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPublicAlerts, 0, nameof(MaxPublicAlerts));
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1.</summary>
    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(RetryDelay.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20)), TimeSpan.FromHours(1).Ticks));
}
