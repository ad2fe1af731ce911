using System.Globalization;
using System.Text.Json;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>
/// Maps the Query API's typed JSON (<c>{"$type": "Integer", "_value": "42"}</c>) to .NET values: null, bool, long,
/// double, string, byte[], lists, maps, <see cref="Neo4jNode"/>, <see cref="Neo4jRelation"/>,
/// <see cref="Neo4jPath"/>, and <see cref="Neo4jTypedText"/> for temporal and spatial values. Plain JSON values
/// (without <c>$type</c>) map to their natural .NET value, so either result format can be read.
/// </summary>
public static class TypedJson
{
    public static object? Read(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("$type", out var typeElement))
            return Plain(value);
        var type = typeElement.GetString();
        var inner = value.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" => inner.GetBoolean(),
            "Integer" => inner.ValueKind == JsonValueKind.String ? long.Parse(inner.GetString()!, CultureInfo.InvariantCulture) : inner.GetInt64(),
            "Float" => inner.ValueKind == JsonValueKind.String ? double.Parse(inner.GetString()!, CultureInfo.InvariantCulture) : inner.GetDouble(),
            "String" => inner.GetString(),
            "Base64" => Convert.FromBase64String(inner.GetString()!),
            "List" => inner.EnumerateArray().Select(Read).ToList(),
            "Map" => Map(inner),
            "Node" => Node(inner),
            "Relationship" => Relation(inner),
            "Path" => Path(inner),
            _ => new Neo4jTypedText(type ?? "Unknown", inner.ValueKind == JsonValueKind.String ? inner.GetString()! : inner.GetRawText()),
        };
    }

    private static Dictionary<string, object?> Map(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static Neo4jNode Node(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        [.. node.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
        node.TryGetProperty("_properties", out var properties) ? Map(properties) : []);

    private static Neo4jRelation Relation(JsonElement relationship) => new(
        relationship.GetProperty("_element_id").GetString()!,
        relationship.GetProperty("_start_node_element_id").GetString()!,
        relationship.GetProperty("_end_node_element_id").GetString()!,
        relationship.GetProperty("_type").GetString()!,
        relationship.TryGetProperty("_properties", out var properties) ? Map(properties) : []);

    private static Neo4jPath Path(JsonElement path)
    {
        var elements = path.EnumerateArray().Select(Read).ToList();
        return new Neo4jPath([.. elements.OfType<Neo4jNode>()], [.. elements.OfType<Neo4jRelation>()]);
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n : value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => value.EnumerateArray().Select(Read).ToList(),
        _ => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
    };
}
