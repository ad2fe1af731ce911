using SecurityCoop.Core.Dataset;

namespace SecurityCoop.Api.Commands;

/// <summary><c>validate</c>: checks the dataset and prints every problem with its file and record.</summary>
internal static class DatasetValidation
{
    public static int Run(CommandOptions options, TextWriter output, TextWriter errors)
    {
        var problems = DatasetLoader.Validate(options.DataPath);
        foreach (var problem in problems)
            errors.WriteLine(problem);
        output.WriteLine(problems.Count == 0 ? $"The dataset at {options.DataPath} is valid." : $"{problems.Count} problem(s) found.");
        return problems.Count == 0 ? 0 : 1;
    }
}
