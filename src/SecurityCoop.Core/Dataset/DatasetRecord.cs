namespace SecurityCoop.Core.Dataset;

/// <summary>A record read from a dataset file, remembered with where it came from for error messages.</summary>
internal sealed record DatasetRecord<T>(string File, int LineNumber, T Value)
{
    public string Where(string? id) => id ?? $"line {LineNumber}";
}
