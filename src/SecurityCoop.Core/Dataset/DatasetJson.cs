using System.Text.Json;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>Reads the pieces of the conflict and catalogue records: strings and sources (entities and relations: <see cref="RecordFields"/>).</summary>
internal static class DatasetJson
{
    public static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public static IReadOnlyList<Source> Sources(JsonElement record, string name = "sources")
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            return [];
        return [.. value.EnumerateArray().Select(s => new Source(
            String(s, "document") ?? "",
            s.TryGetProperty("line", out var line) && line.TryGetInt32(out var n) ? n : 0,
            String(s, "quote") ?? ""))];
    }
}
