using System.CommandLine;
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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = Options.Many("PATH", "files or folders to upload (a folder's files keep their path inside it)");
        var prefix = Options.Text("--prefix", "a folder inside the container to upload into", "P");
        var container = Options.Text("--container", "the container (default: Storage__ArticlesContainer, else articles)", "NAME");
        var command = new Command("upload", "upload files into the articles container of the storage ./run.sh uses (AzureWebJobsStorage, else Azurite at AZURITE_BLOB_PORT and AZURITE_QUEUE_PORT)")
        {
            paths, prefix, container,
        };
        command.SetAction((parsed, cancellation) => RunAsync(parsed.GetRequiredValue(paths), parsed.GetValue(prefix), parsed.GetValue(container), output, error));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string? givenPrefix, string? givenContainer, TextWriter output, TextWriter error)
    {
        var storage = StorageSettings.FromEnvironment();
        var container = givenContainer ?? storage.ArticlesContainer;
        var prefix = (givenPrefix ?? "").Trim('/');
        if (BlobNames.HasDotSegments(prefix))
        {
            error.WriteLine($"netralitas upload: --prefix '{prefix}' has '.' or '..' segments, which storage would resolve to another folder or container.");
            return 2;
        }

        var blobs = StorageAccount.Connect(storage.ConnectionString, storage.ServiceVersion).Blobs;

        var uploads = new List<(string Path, string Name)>();
        foreach (var path in paths)
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
