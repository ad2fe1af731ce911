using System.CommandLine;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Commands;

/// <summary>
/// The program's command line, on System.CommandLine: with no command it serves (the host Program.cs builds); each command has
/// its own <c>--help</c>. Exit codes: 0 done, 1 the work found a problem (an invalid dataset, differences, no answer),
/// 2 the command line or the configuration is wrong (what was wrong is printed, never a stack trace).
/// </summary>
internal static class CommandLine
{
    public const int Done = 0;
    public const int Problem = 1;
    public const int Usage = 2;

    /// <summary>The commands that build a host and take its settings (<c>--Neo4j:Uri=...</c>) besides their own options.</summary>
    private static readonly HashSet<string> TakesSettings = ["seed", "verify"];

    /// <param name="serve">Serves with the settings (ASP.NET Core configuration: <c>--urls</c>, <c>--Section:Key=value</c>).</param>
    public static Task<int> RunAsync(string[] args, Func<string[], Task<int>> serve, TextWriter output, TextWriter errors)
    {
        var root = Root(args, serve, output, errors);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                errors.WriteLine(error.Message);
            var command = string.Join(' ', parsed.CommandResult.Command is RootCommand ? [] : CommandPath(parsed.CommandResult));
            errors.WriteLine($"See: SecurityCoop.Api {command}{(command.Length > 0 ? " " : "")}--help");
            return Task.FromResult(Usage);
        }
        // Settings pass through to the host only where a host runs on them: serving, seed and neo4j verify.
        if (parsed.CommandResult.Command is not RootCommand && !TakesSettings.Contains(parsed.CommandResult.Command.Name) && parsed.UnmatchedTokens.Count > 0)
        {
            errors.WriteLine($"'{parsed.UnmatchedTokens[0]}' is not an option of '{string.Join(' ', CommandPath(parsed.CommandResult))}'.");
            errors.WriteLine($"See: SecurityCoop.Api {string.Join(' ', CommandPath(parsed.CommandResult))} --help");
            return Task.FromResult(Usage);
        }
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Root(string[] args, Func<string[], Task<int>> serve, TextWriter output, TextWriter errors)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://localhost:5080 (several: separate with ';')." };
        var root = new RootCommand(
            "SecurityCoop: a GraphQL API over states, organisations, mechanisms and agreements of international security cooperation, " +
            "with the explorer and GraphiQL. With no command it serves the dataset. Any setting of README's table can follow as " +
            "--Section:Key=value, e.g. --GraphStore:DataPath=DIR or --GraphQL:MaxDepth=10.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(urls);
        root.SetAction(async (parsed, _) =>
        {
            if (StrayWord(parsed.UnmatchedTokens) is { } stray)
                return Fail(errors, $"'{stray}' is not a command or a setting. Commands: validate, schema, export facts, cypher seed, seed, health, " +
                    "generate, neo4j verify (each with --help); settings are written --Section:Key=value.");
            return await serve(args);
        });

        root.Subcommands.Add(Validate(output, errors));
        root.Subcommands.Add(Schema(output, errors));
        root.Subcommands.Add(Export(output, errors));
        root.Subcommands.Add(Cypher(output, errors));
        root.Subcommands.Add(Seed(output, errors));
        root.Subcommands.Add(Health(output, errors));
        root.Subcommands.Add(Generate(output, errors));
        root.Subcommands.Add(Neo4j(output, errors));
        return root;
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result) =>
        result.Parent is System.CommandLine.Parsing.CommandResult parent && parent.Command is not RootCommand
            ? [.. CommandPath(parent), result.Command.Name]
            : [result.Command.Name];

    /// <summary>A word among the unmatched tokens that is neither a setting (<c>--Key=value</c>, <c>--Key</c>) nor a setting's value.</summary>
    private static string? StrayWord(IReadOnlyList<string> tokens) =>
        tokens.Where((token, at) => !token.StartsWith("--", StringComparison.Ordinal)
            && (at == 0 || !tokens[at - 1].StartsWith("--", StringComparison.Ordinal) || tokens[at - 1].Contains('='))).FirstOrDefault();

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The dataset folder (default: the data/ copy next to the program).",
        DefaultValueFactory = _ => CommandOptions.DefaultDataPath,
    };

    private static Option<FileInfo?> OutOption(string what) => new("--out") { Description = $"Write {what} to this file (its folder is made if missing) instead of standard output." };

    private static Command Validate(TextWriter output, TextWriter errors)
    {
        var data = DataOption();
        var command = new Command("validate", "Check the dataset and list every problem with its file and record (exit 1 when there are any).") { data };
        command.SetAction(parsed => DatasetValidation.Run(Options(parsed, data, null), output, errors));
        return command;
    }

    private static Command Schema(TextWriter output, TextWriter errors)
    {
        var to = OutOption("the schema");
        var command = new Command("schema", "Print the GraphQL schema as SDL (what schema.graphql holds).") { to };
        command.SetAction((parsed, _) => Guarded(errors, () => SchemaExport.RunAsync(Options(parsed, null, to), output)));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter errors)
    {
        var data = DataOption();
        var to = OutOption("the facts");
        var facts = new Command("facts", "Every fact with its sources (document, line, quote), as JSON lines.") { data, to };
        facts.SetAction((parsed, _) => Guarded(errors, () => FactExport.RunAsync(Options(parsed, data, to), output)));
        return new Command("export", "Export the dataset.") { facts };
    }

    private static Command Cypher(TextWriter output, TextWriter errors)
    {
        var data = DataOption();
        var to = OutOption("the script");
        var seed = new Command("seed", "The dataset as the idempotent Cypher seed script (what cypher/03-seed.cypher holds).") { data, to };
        seed.SetAction((parsed, _) => Guarded(errors, () => CypherCommands.WriteSeedScriptAsync(Options(parsed, data, to), output)));
        return new Command("cypher", "Cypher scripts for Neo4j.") { seed };
    }

    private static Command Seed(TextWriter output, TextWriter errors)
    {
        var data = DataOption();
        var command = new Command("seed", "Apply the constraints, the indexes and the dataset to the Neo4j the settings name (--Neo4j:Uri=..., --Neo4j:Password=...).")
        {
            data,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, _) => Guarded(errors, () => CypherCommands.SeedAsync(Options(parsed, data, null), [.. parsed.UnmatchedTokens], output)));
        return command;
    }

    private static Command Health(TextWriter output, TextWriter errors)
    {
        var url = new Option<string>("--url") { Description = "The readiness endpoint to ask.", DefaultValueFactory = _ => HealthCommand.DefaultUrl };
        var command = new Command("health", "Ask a running service whether it is ready: exit 0 when it answers 200, 1 otherwise (the container's healthcheck).") { url };
        command.SetAction((parsed, _) => HealthCommand.RunAsync(parsed.GetValue(url)!, output, errors));
        return command;
    }

    private static Command Generate(TextWriter output, TextWriter errors)
    {
        var to = new Option<DirectoryInfo>("--out") { Description = "The new (or empty) folder to write the dataset to.", Required = true };
        var relations = new Option<int>("--relations") { Description = "How many relations.", DefaultValueFactory = _ => 10_000 };
        var states = new Option<int?>("--states") { Description = "How many states, at least 20 (default: relations / 5)." };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed writes the same world.", DefaultValueFactory = _ => 1 };
        relations.Validators.Add(r => AtLeast(r, 1));
        states.Validators.Add(r => AtLeast(r, 20));
        var command = new Command("generate", "Write a synthetic world in the data/ layout (Bogus names, heavy-tailed dated memberships, a source document the quotes come from), to try the service at scale.")
        {
            to, relations, states, seed,
        };
        command.SetAction(parsed => GenerateCommand.Run(parsed.GetValue(to)!.FullName, parsed.GetValue(relations), parsed.GetValue(states), parsed.GetValue(seed), output, errors));
        return command;
    }

    /// <summary>A number option's value, when it is one, is at least <paramref name="least"/> (a value that is no number is the parser's error).</summary>
    private static void AtLeast(System.CommandLine.Parsing.OptionResult result, int least)
    {
        if (result.Tokens is [{ } token] && int.TryParse(token.Value, out var value) && value < least)
            result.AddError($"{result.Option.Name} must be at least {least}; it is {value}.");
    }

    private static Command Neo4j(TextWriter output, TextWriter errors)
    {
        var data = DataOption();
        var seedFirst = new Option<bool>("--seed") { Description = "Seed Neo4j from the dataset first." };
        var verify = new Command("verify", "Run every store operation on the dataset through the embedded store and Neo4j and list each difference (exit 1 when any).")
        {
            data, seedFirst,
        };
        verify.TreatUnmatchedTokensAsErrors = false;
        verify.SetAction((parsed, _) => Guarded(errors, () =>
            VerifyCommand.RunAsync(Options(parsed, data, null), parsed.GetValue(seedFirst), [.. parsed.UnmatchedTokens], output, errors)));
        return new Command("neo4j", "Neo4j tools.") { verify };
    }

    private static CommandOptions Options(ParseResult parsed, Option<string>? data, Option<FileInfo?>? to) =>
        new(data is null ? CommandOptions.DefaultDataPath : parsed.GetValue(data)!, to is null ? null : parsed.GetValue(to)?.FullName);

    /// <summary>Runs a command, turning the failures a user can cause (a bad dataset, an unwritable file, an unreachable store) into a message and an exit code.</summary>
    private static async Task<int> Guarded(TextWriter errors, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (DatasetException e)
        {
            return Fail(errors, e.Message, Problem);
        }
        catch (StoreException e)
        {
            return Fail(errors, $"{e.Code}: {e.Message}", Problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(errors, $"Could not write: {e.Message}", Problem);
        }
    }

    private static int Fail(TextWriter errors, string message, int code = Usage)
    {
        errors.WriteLine(message);
        return code;
    }
}

/// <summary>What the dataset commands read and write.</summary>
/// <param name="OutputPath">The file to write, or null for standard output.</param>
public sealed record CommandOptions(string DataPath, string? OutputPath)
{
    /// <summary>The dataset the service serves by default: the data/ copy next to the program.</summary>
    public static string DefaultDataPath => new Store.GraphStoreOptions().ResolveDataPath();

    /// <summary>Writes <paramref name="text"/> to the output file (making its folder), saying so on <paramref name="console"/>, or to <paramref name="console"/> itself.</summary>
    public async Task WriteAsync(string text, string what, TextWriter console)
    {
        if (OutputPath is null)
        {
            await console.WriteAsync(text);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputPath))!);
        await File.WriteAllTextAsync(OutputPath, text);
        await console.WriteLineAsync($"Wrote {what} to {OutputPath} ({text.Count(c => c == '\n')} lines).");
    }
}
