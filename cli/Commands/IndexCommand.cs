using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Index;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Cli.Commands;

/// <summary>
/// <c>index PATH... --index DIR</c>: files and folders (recursively) into a local index; the document's file is the
/// path as given. Reading, parsing, extraction and analysis run on every core while the single writer writes the batch
/// before (IndexWriter.Load); commits are batched.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = Options.Many("PATH", "files or folders (recursively: .html, .htm, .txt, .md, .pdf, .png, .jpg)");
        var index = Options.RequiredText("--index", "the index folder (made when missing)", "DIR");
        var command = new Command("index", "index files and folders into a local index") { paths, index };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(paths), parsed.GetRequiredValue(index), output, error));
        return command;
    }

    private static int Run(string[] paths, string directory, TextWriter output, TextWriter error)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsArticle).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{path}: no such file or folder.");
                return 1;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var pipeline = DocumentPipeline.Create();
        var failures = new ConcurrentBag<string>();
        int indexed;
        var options = new IndexOptions(directory) { CommitInterval = IndexOptions.BulkCommitInterval };
        foreach (var (path, bytes) in options.RemoveLegacyIndex())
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Removed {path} ({bytes} bytes), the index of the engine before Lucene, which nothing reads any more."));
        }

        using (var writer = IndexWriter.Open(options))
        {
            // Read, parsed, extracted and analyzed on every core while one thread writes the batch before.
            indexed = writer.Load(files, path => Process(pipeline, path, failures));

            // A bulk load ends merged: searches cost less over one segment (see IndexWriter.Compact).
            writer.Compact();
        }

        foreach (var failure in failures.Order(StringComparer.Ordinal))
        {
            error.WriteLine(failure);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {indexed} documents ({failures.Count} failed) in {seconds:0.00} s ({(seconds > 0 ? indexed / seconds : 0):0} docs/s) into {directory}"));
        return failures.IsEmpty ? 0 : 1;
    }

    /// <summary>In a folder, only article files count (.html, .htm, .txt, .md); a file named explicitly is always read.</summary>
    private static bool IsArticle(string path) =>
        !Path.GetFileName(path).StartsWith('.') && Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".txt" or ".md" or ".markdown" or ".pdf" or ".png" or ".jpg" or ".jpeg"
        && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    private static Document? Process(DocumentPipeline pipeline, string path, ConcurrentBag<string> failures)
    {
        try
        {
            var result = pipeline.Process(new SourceFile(path, File.ReadAllBytes(path)), DocumentOrigin.ForFile(path));
            if (result.IsSuccess)
            {
                return result.Document;
            }

            failures.Add($"{path}: {result.Failure.Reason}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failures.Add($"{path}: cannot read: {exception.Message}");
        }

        return null;
    }
}
