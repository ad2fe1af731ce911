namespace SecurityCoop.Api.Commands;

/// <summary>Commands the program runs instead of serving: <c>export facts</c>, <c>validate</c> and <c>schema</c>.</summary>
internal static class CommandLine
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (words.Length == 0)
            return false;
        var options = CommandOptions.Parse(args[words.Length..]);
        Environment.ExitCode = words switch
        {
            ["export", "facts"] => await FactExport.RunAsync(options, Console.Out),
            ["validate"] => DatasetValidation.Run(options, Console.Out, Console.Error),
            ["schema"] => await SchemaExport.RunAsync(options, Console.Out),
            ["cypher", "seed"] => await CypherCommands.WriteSeedScriptAsync(options, Console.Out),
            ["seed"] => await SeedCommandAsync(options, args[words.Length..]),
            ["health"] => await HealthCommand.RunAsync(args[words.Length..], Console.Out, Console.Error),
            ["generate"] => GenerateCommand.Run(args[words.Length..], Console.Out, Console.Error),
            ["neo4j", "verify"] => await VerifyCommand.RunAsync(options, args[words.Length..], Console.Out, Console.Error),
            _ => Usage(words),
        };
        return true;
    }

    private static async Task<int> SeedCommandAsync(CommandOptions options, string[] settings)
    {
        try
        {
            return await CypherCommands.SeedAsync(options, settings, Console.Out);
        }
        catch (SecurityCoop.Core.Store.StoreException e)
        {
            await Console.Error.WriteLineAsync($"{e.Code}: {e.Message}");
            return 1;
        }
    }

    private static int Usage(string[] words)
    {
        Console.Error.WriteLine($"Unknown command '{string.Join(' ', words)}'. Commands:");
        Console.Error.WriteLine("  export facts [--data DIR] [--out FILE]   every fact with its sources, as JSON lines");
        Console.Error.WriteLine("  validate [--data DIR]                    check the dataset and list every problem");
        Console.Error.WriteLine("  schema [--out FILE]                      the GraphQL schema as SDL (what schema.graphql holds)");
        Console.Error.WriteLine("  cypher seed [--data DIR] [--out FILE]    the dataset as the Cypher seed script (cypher/03-seed.cypher)");
        Console.Error.WriteLine("  seed [--data DIR] [--Neo4j:Uri=...]      apply constraints, indexes and the dataset to Neo4j");
        Console.Error.WriteLine("  health [--url URL]                       ask a running service whether it is ready (exit 0 when it is)");
        Console.Error.WriteLine("  neo4j verify [--data DIR] [--seed]       compare every store operation on the dataset, embedded and Neo4j");
        Console.Error.WriteLine("  generate --out DIR [--relations N]       write a synthetic world in the data/ layout, to try the service at scale");
        Console.Error.WriteLine("With no command the program serves GraphQL at http://localhost:5080/graphql.");
        return 2;
    }
}

/// <summary>The <c>--name value</c> options after a command.</summary>
public sealed record CommandOptions(string DataPath, string? OutputPath)
{
    public static CommandOptions Parse(string[] args)
    {
        string? data = null, output = null;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--out": output = args[++i]; break;
            }
        }
        return new CommandOptions(data ?? Path.Combine(AppContext.BaseDirectory, "data"), output);
    }
}
