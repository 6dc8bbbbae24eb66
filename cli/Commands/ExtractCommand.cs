using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>extract FILE...</c>: one JSON object per file per line; a file that cannot be read gets an error line.</summary>
internal static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            error.WriteLine("usage: netralitas extract FILE...");
            return 2;
        }

        var pipeline = DocumentPipeline.Create();
        var failures = 0;
        foreach (var path in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: cannot read: {exception.Message}");
                failures++;
                continue;
            }

            var result = pipeline.Process(new SourceFile(path, bytes), DocumentOrigin.ForFile(path));
            if (!result.IsSuccess)
            {
                error.WriteLine($"{path}: {result.Failure.Reason}");
                output.WriteLine(JsonSerializer.Serialize(new { file = path, error = result.Failure.Reason, kind = result.Failure.Kind }, DocumentJson.Options));
                failures++;
                continue;
            }

            output.WriteLine(JsonSerializer.Serialize(ExtractRecord.From(result.Document), DocumentJson.Options));
        }

        return failures == 0 ? 0 : 1;
    }
}
