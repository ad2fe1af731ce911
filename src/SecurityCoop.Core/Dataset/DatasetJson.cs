using System.Text.Json;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>Reads the pieces every dataset record shares: strings, props and sources.</summary>
internal static class DatasetJson
{
    public static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public static IReadOnlyDictionary<string, string> Props(JsonElement record)
    {
        var props = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!record.TryGetProperty("props", out var value) || value.ValueKind != JsonValueKind.Object)
            return props;
        foreach (var prop in value.EnumerateObject())
            props[prop.Name] = Text(prop.Value);
        return props;
    }

    public static IReadOnlyList<Source> Sources(JsonElement record, string name = "sources")
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            return [];
        return [.. value.EnumerateArray().Select(s => new Source(
            String(s, "document") ?? "",
            s.TryGetProperty("line", out var line) && line.TryGetInt32(out var n) ? n : 0,
            String(s, "quote") ?? ""))];
    }

    /// <summary>The per-fact sources of a record: <c>"factSources": {"founded": [{document, line, quote}], ...}</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources(JsonElement record)
    {
        if (!record.TryGetProperty("factSources", out var value) || value.ValueKind != JsonValueKind.Object)
            return Facts.None;
        return value.EnumerateObject().ToDictionary(p => p.Name, p => Sources(value, p.Name), StringComparer.Ordinal);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };
}
