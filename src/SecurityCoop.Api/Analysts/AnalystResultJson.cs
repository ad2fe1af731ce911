using System.Text.Json;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Api.Analysts;

/// <summary>
/// Writes analyst results as JSON in which graph values are recognisable: nodes, relationships and paths carry a
/// <c>kind</c>; dates and other typed values carry their Cypher type.
/// </summary>
internal static class AnalystResultJson
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case Neo4jNode node: Node(writer, node); break;
            case Neo4jRelation relationship: Relation(writer, relationship); break;
            case Neo4jPath path:
                writer.WriteStartObject();
                writer.WriteString("kind", "path");
                writer.WritePropertyName("nodes");
                WriteValue(writer, path.Nodes.Cast<object?>().ToList());
                writer.WritePropertyName("relationships");
                WriteValue(writer, path.Relations.Cast<object?>().ToList());
                writer.WriteEndObject();
                break;
            case Neo4jTypedText typed:
                writer.WriteStartObject();
                writer.WriteString("kind", typed.Type);
                writer.WriteString("value", typed.Text);
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map: Map(writer, map); break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void Node(Utf8JsonWriter writer, Neo4jNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "node");
        writer.WriteString("elementId", node.ElementId);
        writer.WritePropertyName("labels");
        WriteValue(writer, node.Labels.Cast<object?>().ToList());
        writer.WritePropertyName("properties");
        Map(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void Relation(Utf8JsonWriter writer, Neo4jRelation relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "relationship");
        writer.WriteString("elementId", relationship.ElementId);
        writer.WriteString("type", relationship.Type);
        writer.WriteString("startElementId", relationship.StartElementId);
        writer.WriteString("endElementId", relationship.EndElementId);
        writer.WritePropertyName("properties");
        Map(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static void Map(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }
}
