using SecurityCoop.Core.Dataset;

namespace SecurityCoop.Api.Commands;

/// <summary><c>export facts</c>: every fact with its sources as JSON lines, to a file or standard output.</summary>
internal static class FactExport
{
    public static async Task<int> RunAsync(CommandOptions options, TextWriter console)
    {
        var data = DatasetLoader.Load(options.DataPath);
        if (options.OutputPath is null)
        {
            await FactWriter.WriteAsync(data, console);
            return 0;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!);
        await using var file = new StreamWriter(options.OutputPath);
        var count = await FactWriter.WriteAsync(data, file);
        await console.WriteLineAsync($"Wrote {count} facts to {options.OutputPath}.");
        return 0;
    }
}
