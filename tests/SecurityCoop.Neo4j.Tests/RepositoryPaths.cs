namespace SecurityCoop.Tests;

/// <summary>Finds the repository's own files (data/, cypher/) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dataset => Path.Combine(Root, "data");

    public static string Cypher => Path.Combine(Root, "cypher");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecurityCoop.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SecurityCoop.sln not found above " + AppContext.BaseDirectory);
    }
}
