namespace NetralitasSearch.Indexer.Parsing.Ocr;

/// <summary>A temporary folder for one file's page images, deleted with everything in it when the file is read.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "netralitas-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a killed process: the temporary folder is the system's to clean.
        }
    }
}
