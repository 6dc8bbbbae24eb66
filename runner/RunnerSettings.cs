namespace NetralitasSearch.LocalRunner;

/// <summary>Where the runner listens: loopback on PORT (default 7071), as <c>func start</c> does.</summary>
public static class RunnerSettings
{
    public const int DefaultPort = 7071;

    /// <summary>
    /// Loopback on PORT (default 7071); Host:Bind sets another address (0.0.0.0 to serve a network); ASPNETCORE_URLS or
    /// --urls override both.
    /// </summary>
    public static string Urls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls;
        }

        var port = int.TryParse(configuration["PORT"], out var value) && value is > 0 and < 65536 ? value : DefaultPort;
        var address = configuration["Host:Bind"] is { Length: > 0 } bind ? bind : "127.0.0.1";
        return $"http://{address}:{port}";
    }
}
