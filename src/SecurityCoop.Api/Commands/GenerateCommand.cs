using Spectre.Console;

namespace SecurityCoop.Api.Commands;

/// <summary>
/// <c>generate --out DIR [--relations N] [--states N] [--seed N]</c>: writes a synthetic world in the <c>data/</c>
/// layout (<see cref="WorldGenerator"/>), with a progress bar, so the service can be tried at a million relations and
/// more (<c>--GraphStore:DataPath=DIR</c>).
/// </summary>
internal static class GenerateCommand
{
    /// <param name="states">How many states; by default a fifth of the relations, at least 20.</param>
    public static int Run(string folder, int relations, int? states, int seed, TextWriter output, TextWriter errors)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            errors.WriteLine($"generate: {folder} is not empty; name a new folder.");
            return CommandLine.Usage;
        }
        var size = new WorldSize(states ?? Math.Max(20, relations / 5), relations, seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AnsiConsole.Progress().AutoClear(false).Start(progress =>
        {
            var task = progress.AddTask("Writing records");
            new WorldGenerator(size, folder).Write((done, total) =>
            {
                task.MaxValue = total;
                task.Value = done;
            });
        });
        output.WriteLine($"generate: wrote {size.States + size.Organisations + size.Mechanisms + size.Agreements + size.Themes} nodes and {size.Relations} relations to {folder} in {clock.Elapsed.TotalSeconds:0.0} s; serve it with --GraphStore:DataPath={folder}");
        return 0;
    }
}
