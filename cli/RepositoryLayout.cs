namespace NetralitasSearch.Cli;

/// <summary>Where the repository and the shared data are, for commands whose defaults point into them.</summary>
internal static class RepositoryLayout
{
    /// <summary>The folder holding NetralitasSearch.sln, looked for upwards from the working folder, then from the program.</summary>
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "NetralitasSearch.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>../shared/data beside the repository, when present.</summary>
    public static string? SharedData() =>
        Root() is { } root && Directory.Exists(Path.Combine(root, "..", "shared", "data")) ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data")) : null;
}
