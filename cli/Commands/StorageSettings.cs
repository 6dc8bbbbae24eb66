using System.Globalization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// The storage the CLI writes to, read from the environment as ./run.sh reads it: AzureWebJobsStorage when set,
/// otherwise the Azurite that ./run.sh starts on 127.0.0.1 at AZURITE_BLOB_PORT and AZURITE_QUEUE_PORT (10000 and
/// 10001 unless set); the service version and the articles container from the same settings as the host's.
/// </summary>
internal static class StorageSettings
{
    public static StorageOptions FromEnvironment()
    {
        var connection = Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } value
            ? value
            : StorageAccount.AzuriteConnectionString(Port("AZURITE_BLOB_PORT", 10000), Port("AZURITE_QUEUE_PORT", 10001));
        return new StorageOptions
        {
            ConnectionString = connection,
            ServiceVersion = Environment.GetEnvironmentVariable("Storage__ServiceVersion") is { Length: > 0 } version ? version : StorageServiceVersion.Default,
            ArticlesContainer = Environment.GetEnvironmentVariable("Storage__ArticlesContainer") is { Length: > 0 } articles ? articles : new StorageOptions().ArticlesContainer,
        };
    }

    /// <summary>Where a connection string points, without its key: for messages.</summary>
    public static string Describe(string connectionString)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase))
            {
                return part["BlobEndpoint=".Length..];
            }

            if (part.StartsWith("AccountName=", StringComparison.OrdinalIgnoreCase))
            {
                return "the account " + part["AccountName=".Length..];
            }
        }

        return "the configured storage";
    }

    private static int Port(string variable, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new OptionException($"{variable}='{text}' is not a port number (1 to 65535).");
    }
}
