namespace NetralitasSearch.Tests;

/// <summary>Where things are, found from the test assembly's folder: the repository root holds NetralitasSearch.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>../shared next to the repository, when this machine has it (tests that need it say so when it is absent).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The build configuration the tests were built in (Debug or Release), for finding the other projects' output.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetralitasSearch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"NetralitasSearch.sln not found above {AppContext.BaseDirectory}.");
    }
}
