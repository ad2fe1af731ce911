using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>
/// Writes parameters as typed JSON, so every value reaches Cypher with the type meant: a page size is an Integer
/// (plain JSON numbers could arrive as Floats, which LIMIT and list slices refuse), a date key is an Integer.
/// </summary>
public static class TypedJsonWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: Scalar(writer, "Null", w => w.WriteNullValue()); break;
            case string s: Scalar(writer, "String", w => w.WriteStringValue(s)); break;
            case bool b: Scalar(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case int or long or short: Scalar(writer, "Integer", w => w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture))); break;
            case double or float or decimal: Scalar(writer, "Float", w => w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture))); break;
            case JsonElement element: Element(writer, element); break;
            case IDictionary map: Map(writer, map); break;
            case IEnumerable list: List(writer, list.Cast<object?>()); break;
            default: throw new ArgumentException($"No typed JSON for a {value.GetType().Name} parameter.", nameof(value));
        }
    }

    /// <summary>A request body: the statement, typed parameters and the access mode.</summary>
    /// <param name="bookmarks">Bookmarks the server must have reached before it runs the statement (causal consistency).</param>
    public static byte[] Body(string statement, IReadOnlyDictionary<string, object?> parameters, AccessMode mode, IReadOnlyList<string>? bookmarks = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            writer.WriteStartObject();
            foreach (var (key, value) in parameters)
            {
                writer.WritePropertyName(key);
                Write(writer, value);
            }
            writer.WriteEndObject();
            writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                    writer.WriteStringValue(bookmark);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Scalar(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        value(writer);
        writer.WriteEndObject();
    }

    private static void List(Utf8JsonWriter writer, IEnumerable<object?> items) => Scalar(writer, "List", w =>
    {
        w.WriteStartArray();
        foreach (var item in items)
            Write(w, item);
        w.WriteEndArray();
    });

    private static void Map(Utf8JsonWriter writer, IDictionary map) => Scalar(writer, "Map", w =>
    {
        w.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            w.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
            Write(w, entry.Value);
        }
        w.WriteEndObject();
    });

    /// <summary>An analyst's plain JSON parameter: whole numbers become Integers, other numbers Floats.</summary>
    private static void Element(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt64(out var whole): Write(writer, whole); break;
            case JsonValueKind.Number: Write(writer, element.GetDouble()); break;
            case JsonValueKind.String: Write(writer, element.GetString()); break;
            case JsonValueKind.True or JsonValueKind.False: Write(writer, element.GetBoolean()); break;
            case JsonValueKind.Array: List(writer, element.EnumerateArray().Select(e => (object?)e)); break;
            case JsonValueKind.Object: Map(writer, element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value)); break;
            default: Write(writer, null); break;
        }
    }
}
