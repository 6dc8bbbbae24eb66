using System.CommandLine;
using System.Text.Json;
using NetralitasSearch.Indexer.Documents;
using NetralitasSearch.Indexer.Parsing;
using NetralitasSearch.Indexer.Pipeline;

namespace NetralitasSearch.Cli.Commands;

/// <summary><c>extract FILE...</c>: one JSON object per file per line; a file that cannot be read gets an error line.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = Options.Many("FILE", "article files: .html, .htm, .txt, .md, .pdf, .png, .jpg");
        var command = new Command("extract", "print the document of each file as one JSON line (a file that cannot be read gets an error line)") { files };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(files), output, error));
        return command;
    }

    private static int Run(string[] files, TextWriter output, TextWriter error)
    {
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
