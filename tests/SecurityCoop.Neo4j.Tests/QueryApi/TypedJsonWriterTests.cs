using System.Text;
using System.Text.Json;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Tests.QueryApi;

/// <summary>Parameters go out as the typed JSON of Neo4j's documentation, and read back to the same values.</summary>
public sealed class TypedJsonWriterTests
{
    private static JsonElement Written(object? value)
    {
        var body = TypedJsonWriter.Body("RETURN $v", new Dictionary<string, object?> { ["v"] = value }, AccessMode.Read);
        return JsonDocument.Parse(Encoding.UTF8.GetString(body)).RootElement;
    }

    [Fact]
    public void Whole_numbers_are_Integers_with_their_value_as_text_and_lists_and_maps_nest()
    {
        var root = Written(new Dictionary<string, object?> { ["first"] = 20L, ["types"] = new List<string> { "State" }, ["asOfEnd"] = null });

        var map = root.GetProperty("parameters").GetProperty("v");
        Assert.Equal("Map", map.GetProperty("$type").GetString());
        Assert.Equal("""{"$type":"Integer","_value":"20"}""", map.GetProperty("_value").GetProperty("first").GetRawText());
        Assert.Equal("Null", map.GetProperty("_value").GetProperty("asOfEnd").GetProperty("$type").GetString());
        Assert.Equal("Read", root.GetProperty("accessMode").GetString());
    }

    [Fact]
    public void What_is_written_reads_back_to_the_same_values()
    {
        var value = new Dictionary<string, object?> { ["n"] = 3L, ["x"] = 0.5, ["s"] = "ASEAN", ["b"] = true, ["l"] = new List<object?> { 1L, "a" } };

        var back = (Dictionary<string, object?>)TypedJson.Read(Written(value).GetProperty("parameters").GetProperty("v"))!;

        Assert.Equal((3L, 0.5, "ASEAN", true), ((long)back["n"]!, (double)back["x"]!, (string)back["s"]!, (bool)back["b"]!));
        Assert.Equal([1L, "a"], (List<object?>)back["l"]!);
    }

    [Fact]
    public void An_analysts_plain_JSON_numbers_become_Integers_or_Floats()
    {
        using var document = JsonDocument.Parse("""{"k": 5, "r": 2.5}""");

        var root = Written(document.RootElement.Clone());

        var map = root.GetProperty("parameters").GetProperty("v").GetProperty("_value");
        Assert.Equal("Integer", map.GetProperty("k").GetProperty("$type").GetString());
        Assert.Equal("Float", map.GetProperty("r").GetProperty("$type").GetString());
    }
}
