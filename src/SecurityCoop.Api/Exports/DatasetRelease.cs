using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SecurityCoop.Api.Store;

namespace SecurityCoop.Api.Exports;

/// <summary>
/// Names the data release an export comes from: "data-" and the first 12 hex digits of a SHA-256 over the dataset
/// files, so two exports of the same data carry the same name and any edit changes it.
/// </summary>
public sealed class DatasetRelease(IOptions<GraphStoreOptions> options)
{
    private readonly Lazy<string> name = new(() => Compute(options.Value));

    public string Name => name.Value;

    private static string Compute(GraphStoreOptions options)
    {
        if (string.Equals(options.Provider, "Neo4j", StringComparison.OrdinalIgnoreCase))
            return "neo4j";
        var folder = options.ResolveDataPath();
        if (!Directory.Exists(folder))
            return "unknown";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return "data-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
