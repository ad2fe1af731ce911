namespace SecurityCoop.Core.Dataset;

/// <summary>One thing wrong with the dataset: the file, the record (id or line number) and what is wrong.</summary>
public sealed record DatasetProblem(string File, string Record, string Message)
{
    public override string ToString() => $"{File}: {Record}: {Message}";
}

/// <summary>Thrown when the dataset does not validate; the message lists every problem.</summary>
public sealed class DatasetException(IReadOnlyList<DatasetProblem> problems)
    : Exception($"The dataset has {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<DatasetProblem> Problems { get; } = problems;
}
