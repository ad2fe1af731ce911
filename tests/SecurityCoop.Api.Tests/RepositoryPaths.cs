namespace SecurityCoop.Tests;

/// <summary>Finds the repository's own files (schema.graphql, the audit tool) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>How many records the dataset holds in a file or a folder of files under <c>data/</c> (one per non-empty line).</summary>
    public static int DataRecords(string relative)
    {
        var path = Path.Combine(Root, "data", relative);
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl") : [path];
        return files.Sum(f => File.ReadLines(f).Count(l => l.Trim().Length > 0));
    }

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
