namespace SecurityCoop.Core.Dataset;

/// <summary>Loads and validates the curated dataset folder.</summary>
public static class DatasetLoader
{
    /// <summary>Every problem in the dataset at <paramref name="directory"/>; empty when it is valid.</summary>
    public static IReadOnlyList<DatasetProblem> Validate(string directory) => Read(directory).Problems;

    /// <summary>The dataset at <paramref name="directory"/>; throws <see cref="DatasetException"/> listing every problem.</summary>
    public static GraphData Load(string directory)
    {
        var reader = Read(directory);
        if (reader.Problems.Count > 0)
            throw new DatasetException(reader.Problems);
        return new GraphData(
            [.. reader.Nodes.Select(n => n.Value)],
            [.. reader.Relations.Select(e => e.Value)],
            [.. reader.Conflicts.Select(c => c.Value)],
            [.. reader.Documents.Select(d => d.Value)],
            reader.Texts);
    }

    private static DatasetReader Read(string directory)
    {
        var reader = new DatasetReader(directory);
        reader.Read();
        if (reader.Problems.Count == 0 && reader.Nodes.Count == 0)
            reader.Problems.Add(new(directory, "-", "the folder holds no entities (entities/*.jsonl); point GraphStore:DataPath at a dataset folder"));
        else if (reader.Problems.Count == 0 || reader.Nodes.Count > 0)
            DatasetValidator.Validate(reader);
        return reader;
    }
}
