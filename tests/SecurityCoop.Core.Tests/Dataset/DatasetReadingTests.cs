using System.Text;
using SecurityCoop.Core.Dataset;

namespace SecurityCoop.Tests.Dataset;

/// <summary>
/// How the loader reads entity and relation lines from their bytes: each JSON kind of prop value, strings with
/// escapes, fields of the wrong kind, the file's layout (byte order mark, CRLF, blank lines, very long lines), and
/// the sharing of repeated strings and prop sets.
/// </summary>
public sealed class DatasetReadingTests : IDisposable
{
    private const string Source = "\"sources\":[{\"document\":\"a.txt\",\"line\":3,\"quote\":\"text\"}]";
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-reading-").FullName;

    public DatasetReadingTests()
    {
        Write("documents.jsonl", """{"id":"a.txt","title":"A","authors":["X"],"year":2020,"kind":"article","language":"en","citation":"X, A (2020)","lines":"1-based","lineCount":3}""");
        Write("documents/a.txt", "one", "two: Ivory \"Coast\", CI, Bé", "the text of line three");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string relative, params string[] lines) => WriteText(relative, string.Join("\n", lines) + "\n");

    private void WriteText(string relative, string text, bool byteOrderMark = false)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(byteOrderMark));
    }

    private static string Entity(string id, string more = "") =>
        $$"""{"id":"{{id}}","type":"State","name":"N {{id}}"{{more}},{{Source}}}""";

    private static string Relation(string id, string from, string to, string props) =>
        $$"""{"id":"rel:cooperates_with:{{id}}","type":"COOPERATES_WITH","from":"{{from}}","to":"{{to}}","props":{{props}},{{Source}}}""";

    [Fact]
    public void Prop_values_of_every_JSON_kind_read_as_the_text_the_line_holds()
    {
        Write("entities/states.jsonl", Entity("state:a"), Entity("state:b"));
        Write("relations/cooperates_with.jsonl", Relation("1", "state:a", "state:b",
            """{"note":"C\u00f4te d\u0027Ivoire \"quoted\"","weight":1.50,"count":-3e2,"formal":true,"secret":false,"extra":null,"parts":["a",2,true],"how":{"by": [1, 2]},"note":"last wins"}"""));

        var relation = Assert.Single(DatasetLoader.Load(folder).Relations);

        Assert.Equal(
            [("count", "-3e2"), ("extra", "null"), ("formal", "true"), ("how", """{"by": [1, 2]}"""), ("note", "last wins"), ("parts", "a; 2; true"), ("secret", "false"), ("weight", "1.50")],
            relation.Props.Select(p => (p.Key, p.Value)));
        Assert.Equal("1.50", relation.Prop("weight"));
        Assert.Null(relation.Prop("missing"));
    }

    [Fact]
    public void Escaped_strings_are_decoded_and_fields_of_the_wrong_kind_read_as_missing()
    {
        Write("entities/states.jsonl",
            Entity("state:a", ""","acronym":5,"aliases":["Ivory \u0022Coast\u0022", 7, {"x":1}, "CI"],"unknown":{"deep":[1,{"a":[]}]}"""),
            Entity("state:b", ",\"acronym\":\"B\\u00e9\""));

        var nodes = DatasetLoader.Load(folder).Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();

        Assert.Null(nodes[0].Acronym);
        Assert.Equal(["Ivory \"Coast\"", "CI"], nodes[0].Aliases);
        Assert.Equal("Bé", nodes[1].Acronym);
        Assert.Equal("N state:a", nodes[0].Name);
    }

    [Fact]
    public void A_byte_order_mark_CRLF_endings_and_blank_lines_are_read_and_line_numbers_count_every_line()
    {
        WriteText("entities/states.jsonl", $"{Entity("state:a")}\r\n\r\n   \r\n{Entity("state:b")}\r\n{{\"id\": oops}}\r\n", byteOrderMark: true);

        var problem = Assert.Single(DatasetLoader.Validate(folder));

        Assert.Equal(("entities/states.jsonl", "line 5"), (problem.File, problem.Record));
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"state:c","type":"State","name":"C"} trailing""", "line 2", "not valid JSON")]
    [InlineData("""["state:c"]""", "line 2", "an entity needs string fields id, type and name")]
    [InlineData("""{"id":"state:c","type":"State","name":"C",""", "line 2", "not valid JSON")]
    [InlineData("""{"id":"state:c","type":"State","name":null}""", "state:c", "an entity needs string fields id, type and name")]
    public void A_line_that_is_not_one_JSON_object_with_the_fields_is_a_problem_naming_it(string line, string record, string message)
    {
        Write("entities/states.jsonl", Entity("state:a"), line);

        var problem = Assert.Single(DatasetLoader.Validate(folder));

        Assert.Equal(record, problem.Record);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_longer_than_the_read_block_is_read_whole()
    {
        var note = new string('x', 3 << 20);
        Write("entities/states.jsonl", Entity("state:a"), Entity("state:b"));
        Write("relations/cooperates_with.jsonl", Relation("1", "state:a", "state:b", $$"""{"note":"{{note}}"}"""), Relation("2", "state:a", "state:b", "{}"));

        var relations = DatasetLoader.Load(folder).Relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(note, relations[0].Prop("note"));
        Assert.Equal("rel:cooperates_with:2", relations[1].Id);
    }

    [Fact]
    public void Repeated_ids_and_equal_prop_sets_are_held_once()
    {
        Write("entities/states.jsonl", Entity("state:a"), Entity("state:b"));
        Write("relations/cooperates_with.jsonl",
            Relation("1", "state:a", "state:b", """{"since":"2001","note":"n"}"""),
            Relation("2", "state:a", "state:b", """{"note":"n","since":"2001"}"""),
            Relation("3", "state:a", "state:b", """{"since":"2002","note":"n"}"""));

        var data = DatasetLoader.Load(folder);
        var relations = data.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Same(relations[0].Props, relations[1].Props);
        Assert.NotSame(relations[0].Props, relations[2].Props);
        Assert.Same(data.Nodes.Single(n => n.Id == "state:a").Id, relations[2].From);
        Assert.Same(relations[0].Sources[0].Document, relations[2].Sources[0].Document);
    }
}
