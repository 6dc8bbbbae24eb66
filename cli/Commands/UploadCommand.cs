using System.Globalization;
using NetralitasSearch.Storage;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>upload PATH... [--prefix P]</c>: files into the articles container of the configured storage, the same storage
/// a <c>./run.sh</c> with the same environment uses (<see cref="StorageSettings"/>). A file keeps its name; a
/// folder's files keep their path inside the folder. The host picks them up on its next scan.
/// </summary>
internal static class UploadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = ParsedOptions.Parse(args, valued: ["prefix", "container"], switches: []);
        if (options.Positional.Count == 0)
        {
            throw new OptionException("give at least one file or folder to upload.");
        }

        var storage = StorageSettings.FromEnvironment();
        var container = options.Value("container") ?? storage.ArticlesContainer;
        var prefix = (options.Value("prefix") ?? "").Trim('/');
        if (BlobNames.HasDotSegments(prefix))
        {
            throw new OptionException($"--prefix '{prefix}' has '.' or '..' segments, which storage would resolve to another folder or container.");
        }

        var blobs = StorageAccount.Connect(storage.ConnectionString, storage.ServiceVersion).Blobs;

        var uploads = new List<(string Path, string Name)>();
        foreach (var path in options.Positional)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (!Path.GetFileName(file).StartsWith('.') && !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    {
                        uploads.Add((file, Path.GetRelativePath(path, file).Replace(Path.DirectorySeparatorChar, '/')));
                    }
                }
            }
            else if (File.Exists(path))
            {
                uploads.Add((path, Path.GetFileName(path)));
            }
            else
            {
                error.WriteLine($"{path}: no such file or folder.");
                return 1;
            }
        }

        try
        {
            await blobs.EnsureContainerAsync(container).ConfigureAwait(false);
            foreach (var (path, name) in uploads)
            {
                var blobName = prefix.Length == 0 ? name : $"{prefix}/{name}";
                await blobs.UploadAsync(container, blobName, await File.ReadAllBytesAsync(path).ConfigureAwait(false), ContentType(path)).ConfigureAwait(false);
                output.WriteLine($"uploaded {path} -> {container}/{blobName}");
            }
        }
        catch (Exception exception) when (StorageRetry.IsTransient(exception) || exception is Azure.RequestFailedException)
        {
            error.WriteLine($"netralitas upload: storage at {StorageSettings.Describe(storage.ConnectionString)} did not take the files ({FirstLine(exception.Message)}). Is ./run.sh running with the same AZURITE_BLOB_PORT, or is AzureWebJobsStorage set?");
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{uploads.Count} files uploaded to {container}."));
        return 0;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".md" or ".markdown" => "text/markdown",
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
