using Microsoft.Extensions.Configuration;

namespace NetralitasSearch.Functions.Triggers;

/// <summary>
/// host.json and local.settings.json as the Functions host reads them: host.json under the
/// <c>AzureFunctionsJobHost</c> section (so <c>AzureFunctionsJobHost__extensions__queues__batchSize</c> in the
/// environment overrides it), local.settings.json's <c>Values</c> as plain settings. Environment variables win.
/// </summary>
public static class HostJsonConfiguration
{
    public static void AddFunctionsConfiguration(this ConfigurationManager configuration, string baseDirectory)
    {
        var hostJson = Environment.GetEnvironmentVariable("NETRALITAS_HOST_JSON") ?? Path.Combine(baseDirectory, "host.json");
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(hostJson))
        {
            var host = new ConfigurationBuilder().AddJsonFile(hostJson, optional: false).Build();
            foreach (var (key, value) in host.AsEnumerable())
            {
                settings[$"AzureFunctionsJobHost:{key}"] = value;

                // host.json's logging.logLevel is the host's log filter, as in the Functions host.
                if (key.StartsWith("logging:logLevel:", StringComparison.OrdinalIgnoreCase))
                {
                    var category = key["logging:logLevel:".Length..];
                    settings[$"Logging:LogLevel:{(category.Equals("default", StringComparison.OrdinalIgnoreCase) ? "Default" : category)}"] = value;
                }
            }
        }

        var localSettings = Path.Combine(baseDirectory, "local.settings.json");
        if (File.Exists(localSettings))
        {
            var local = new ConfigurationBuilder().AddJsonFile(localSettings, optional: true).Build();
            foreach (var (key, value) in local.GetSection("Values").AsEnumerable(makePathsRelative: true))
            {
                settings[key.Replace("__", ":", StringComparison.Ordinal)] = value;
            }
        }

        // Lowest precedence first: these settings, then the environment on top of them.
        var sources = configuration.Sources.ToList();
        configuration.Sources.Clear();
        configuration.AddInMemoryCollection(settings);
        foreach (var source in sources)
        {
            configuration.Sources.Add(source);
        }
    }
}
