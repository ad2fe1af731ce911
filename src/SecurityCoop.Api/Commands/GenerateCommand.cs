using Spectre.Console;

namespace SecurityCoop.Api.Commands;

/// <summary>
/// <c>generate --out DIR [--relations N] [--states N] [--seed N]</c>: writes a synthetic world in the <c>data/</c>
/// layout (<see cref="WorldGenerator"/>), with a progress bar, so the service can be tried at a million relations and
/// more (<c>--GraphStore:DataPath=DIR</c>).
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        string? folder = null;
        int relations = 10_000, seed = 1;
        int? states = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null: folder = value; i++; break;
                case "--relations" when int.TryParse(value, out var r) && r > 0: relations = r; i++; break;
                case "--states" when int.TryParse(value, out var s) && s >= 20: states = s; i++; break;
                case "--seed" when int.TryParse(value, out var n): seed = n; i++; break;
                default:
                    errors.WriteLine($"generate: '{args[i]}' is not understood. Usage: generate --out DIR [--relations N (default 10000)] [--states N (at least 20; default relations / 5)] [--seed N]");
                    return 2;
            }
        }
        if (folder is null)
        {
            errors.WriteLine("generate: say where to write the dataset with --out DIR.");
            return 2;
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            errors.WriteLine($"generate: {folder} is not empty; name a new folder.");
            return 2;
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
