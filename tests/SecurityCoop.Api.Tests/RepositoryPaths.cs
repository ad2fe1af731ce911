namespace SecurityCoop.Tests;

/// <summary>Finds the repository's own files (schema.graphql, the audit tool) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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
