using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace NetralitasSearch.Storage;

/// <summary>
/// The REST API version the clients speak (<c>Storage:ServiceVersion</c>, written as the service writes it:
/// <c>2026-06-06</c>). The clients default to their newest, which an emulator may not know yet: Azurite 3.37 answers
/// "The API version 2026-10-06 is not supported by Azurite", so the default is the newest one it accepts.
/// </summary>
public static class StorageServiceVersion
{
    public const string Default = "2026-06-06";

    public static BlobClientOptions.ServiceVersion Blobs(string? version) => Parse<BlobClientOptions.ServiceVersion>(version);

    public static QueueClientOptions.ServiceVersion Queues(string? version) => Parse<QueueClientOptions.ServiceVersion>(version);

    private static T Parse<T>(string? version)
        where T : struct, Enum
    {
        var text = string.IsNullOrWhiteSpace(version) ? Default : version.Trim();
        var name = "V" + text.Replace('-', '_');
        if (Enum.TryParse<T>(name, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        var known = string.Join(", ", Enum.GetNames<T>().Select(n => n[1..].Replace('_', '-')).TakeLast(4));
        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Storage:ServiceVersion '{text}' is not a storage API version this client speaks (the newest: {known})."));
    }
}
