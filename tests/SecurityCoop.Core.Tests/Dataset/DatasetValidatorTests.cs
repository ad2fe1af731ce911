using SecurityCoop.Core.Dataset;

namespace SecurityCoop.Tests.Dataset;

/// <summary>Bad datasets, written to a temporary folder, fail with a message naming file, record and problem.</summary>
public sealed class DatasetValidatorTests : IDisposable
{
    private const string Source = "\"sources\":[{\"document\":\"a.txt\",\"line\":3,\"quote\":\"text\"}]";
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-dataset-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string relative, params string[] lines)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    private static string Entity(string id, string type, string sources = Source) =>
        $$"""{"id":"{{id}}","type":"{{type}}","name":"N","aliases":[],"props":{},{{sources}}}""";

    private static string Relation(string id, string type, string from, string to, string props = "{}", string sources = Source) =>
        $$"""{"id":"{{id}}","type":"{{type}}","from":"{{from}}","to":"{{to}}","props":{{props}},{{sources}}}""";

    private const string Catalogue = """{"id":"a.txt","title":"A","authors":["X"],"year":2020,"kind":"article","language":"en","citation":"X, A (2020)","lines":"1-based","lineCount":3}""";

    private void WriteValidBase()
    {
        Write("entities/states.jsonl", Entity("state:a", "State"), Entity("state:b", "State"));
        Write("documents.jsonl", Catalogue);
        Write("documents/a.txt", "one", "two, the former holder", "the text of line three");
    }

    [Fact]
    public void A_valid_dataset_has_no_problems_and_loads()
    {
        WriteValidBase();
        Write("entities/organisations.jsonl", Entity("org:x", "Organisation"));
        Write("relations/member_of.jsonl", Relation("rel:member_of:state-a:org-x:2001", "MEMBER_OF", "state:a", "org:x", """{"since":"2001","role":"founding"}"""));

        Assert.Empty(DatasetLoader.Validate(folder));
        Assert.Single(DatasetLoader.Load(folder).Relations);
    }

    [Theory]
    [InlineData("rel:member_of:state-a:state-z", "MEMBER_OF", "state:a", "state:z", "{}", "end 'state:z' is not an entity id")]
    [InlineData("rel:belongs:state-a:state-b", "BELONGS", "state:a", "state:b", "{}", "unknown relation type 'BELONGS'")]
    [InlineData("rel:member_of:state-a:state-b", "MEMBER_OF", "state:a", "state:b", """{"since":"June 2001"}""", "since 'June 2001' is not a date")]
    [InlineData("rel:member_of:state-a:state-b", "MEMBER_OF", "state:a", "state:b", """{"role":"honorary"}""", "role 'honorary' is not one of")]
    [InlineData("rel:linked_to:state-a:state-b", "MEMBER_OF", "state:a", "state:b", "{}", "relation id starts with 'rel:member_of:'")]
    [InlineData("rel:member_of:state-a:state-b", "MEMBER_OF", "state:a", "state:b", """{"since":"2010","until":"2001"}""", "until 2001 is before its start 2010")]
    [InlineData("rel:linked_to:state-a:state-b", "LINKED_TO", "state:a", "state:b", """{"how":"calls for greater participation"}""", "reads as not established (how: 'calls for greater participation')")]
    [InlineData("rel:addresses:state-a:state-b", "ADDRESSES", "state:a", "state:b", """{"source_view":"X and Y (proposal)"}""", "reads as not established (source_view: 'X and Y (proposal)')")]
    [InlineData("rel:dispute_with:state-a:state-b", "DISPUTE_WITH", "state:a", "state:b", """{"period":"1978–1989"}""", "the dispute's period '1978–1989' gives years the engine cannot see")]
    public void A_bad_relation_is_reported_with_its_file_and_id(string id, string type, string from, string to, string props, string problem)
    {
        WriteValidBase();
        Write("relations/bad.jsonl", Relation(id, type, from, to, props));

        var problems = DatasetLoader.Validate(folder);

        var found = Assert.Single(problems);
        Assert.Equal("relations/bad.jsonl", found.File);
        Assert.Contains(problem, found.Message, StringComparison.Ordinal);
        Assert.Equal(id, found.Record);
    }

    [Fact]
    public void Duplicate_ids_missing_sources_and_mistyped_ids_are_each_reported()
    {
        Write("entities/states.jsonl", Entity("state:a", "State"), Entity("state:a", "State"), Entity("org:b", "State"),
            Entity("state:c", "State", "\"sources\":[]"), Entity("state:d", "State", "\"sources\":[{\"document\":\"a.txt\",\"line\":0,\"quote\":\"\"}]"));

        var problems = DatasetLoader.Validate(folder).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("state:a: id is used more than once", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("org:b: id must be 'state:slug'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("state:c: has no source", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("state:d: source 'a.txt' line 0 needs", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("entities/states.jsonl: ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_and_dangling_conflict_references_are_reported_and_loading_throws_with_every_problem()
    {
        WriteValidBase();
        Write("relations/member_of.jsonl", "{not json");
        Write("conflicts.jsonl", """{"id":"conflict:x","subject":"state:q","about":"y","claims":[{"value":"1","sources":[{"document":"a","line":1,"quote":"q"}],"relations":["rel:none"]}]}""");

        var error = Assert.Throws<DatasetException>(() => DatasetLoader.Load(folder));

        Assert.Contains("relations/member_of.jsonl: line 1: not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("conflicts.jsonl: conflict:x: subject 'state:q' is not an entity id", error.Message, StringComparison.Ordinal);
        Assert.Contains("names relation 'rel:none', which does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs at least two claims", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"document":"b.txt","line":3,"quote":"text"}""", "source document 'b.txt' is not in documents.jsonl")]
    [InlineData("""{"document":"a.txt","line":2,"quote":"text"}""", "the quote is not verbatim in line 2 of a.txt")]
    [InlineData("""{"document":"a.txt","line":9,"quote":"text"}""", "line 9 is past the end of a.txt, which has 3 lines")]
    [InlineData("""{"document":"a.txt","line":3,"quote":"the%20text"}""", "the quote at line 3 is percent-encoded text of a link: \"the%20text\"; quote the words of the text")]
    [InlineData("""{"document":"a.txt","line":3,"quote":"text"}],"factSources":{"founded":[{"document":"a.txt","line":3,"quote":"text"}]}, "x":[{"a":1}""", "factSources names 'founded', which is not one of its facts")]
    [InlineData("""{"document":"a.txt","line":3,"quote":"text"}],"factSources":{"name":[{"document":"a.txt","line":1,"quote":"none"}]}, "x":[{"a":1}""", "the quote is not verbatim in line 1 of a.txt")]
    public void A_source_must_name_a_catalogued_document_whose_kept_text_holds_the_quote(string source, string problem)
    {
        WriteValidBase();
        Write("entities/organisations.jsonl", Entity("org:x", "Organisation", $"\"sources\":[{source}]"));

        var found = Assert.Single(DatasetLoader.Validate(folder));

        Assert.Equal(("entities/organisations.jsonl", "org:x"), (found.File, found.Record));
        Assert.Contains(problem, found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_needs_its_fields_once_per_document_and_a_line_count_that_matches_the_kept_text()
    {
        WriteValidBase();
        Write("documents.jsonl", Catalogue.Replace("\"lineCount\":3", "\"lineCount\":4", StringComparison.Ordinal), Catalogue, """{"id":"c.txt","title":"C"}""");

        var problems = DatasetLoader.Validate(folder).Select(p => p.ToString()).ToList();

        Assert.Contains("documents.jsonl: a.txt: lineCount is 4 but documents/a.txt has 3 lines", problems);
        Assert.Contains("documents.jsonl: a.txt: the catalogue lists this document more than once", problems);
        Assert.Contains(problems, p => p.StartsWith("documents.jsonl: c.txt: a document needs string fields", StringComparison.Ordinal));
    }

    [Fact]
    public void A_set_valued_claim_names_existing_nodes_and_every_claim_of_its_conflict_is_a_set()
    {
        WriteValidBase();
        var source = "\"sources\":[{\"document\":\"a.txt\",\"line\":3,\"quote\":\"text\"}],\"relations\":[]";
        Write("conflicts.jsonl",
            $$"""{"id":"conflict:founders","subject":"state:a","about":"founders","claims":[{"value":"a, z",{{source}},"nodes":["state:a","state:z"]},{"value":"b",{{source}}}]}""");

        var problems = DatasetLoader.Validate(folder).Select(p => p.ToString()).ToList();

        Assert.Contains("conflicts.jsonl: conflict:founders: claim 'a, z' names node 'state:z', which is not an entity id", problems);
        Assert.Contains("conflicts.jsonl: conflict:founders: some claims are sets of nodes and others are not; give every claim its 'nodes' or none", problems);
    }

    /// <summary>One bad record per mechanical audit rule (data/CURATION.md), beside a valid org:x; $S is a valid source list.</summary>
    [Theory]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","aliases":["Nowhere Land"],"props":{},$S}""",
        "place:p", "alias 'Nowhere Land' is used by neither document; keep only the names the texts use")]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","acronym":"QZX","aliases":[],"props":{},$S}""",
        "place:p", "acronym 'QZX' is used by neither document")]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","acronym":"TEX","aliases":[],"props":{},$S}""",
        "place:p", "acronym 'TEX' is used by neither document")]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","aliases":[],"props":{"founded":"1999"},$S,"factSources":{"founded":[{"document":"a.txt","line":3,"quote":"text"}]}}""",
        "place:p", "no passage cited for 'founded' gives the year 1999; cite the one that dates it")]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","aliases":["line three"],"props":{},$S}""",
        "place:p", "alias 'line three' is the name of org:x; an alias names this node only")]
    [InlineData("entities/places.jsonl", """{"id":"place:p","type":"Place","name":"P","aliases":["text of line"],"props":{},$S,"factSources":{"alias:text of line":[{"document":"a.txt","line":3,"quote":"text"}]}}""",
        "place:p", "source of 'alias:text of line' (line 3) does not use 'text of line'; cite a passage that does")]
    [InlineData("relations/holds_position_in.jsonl", """{"id":"rel:holds_position_in:state-a:org-x","type":"HOLDS_POSITION_IN","from":"state:a","to":"org:x","props":{},$S}""",
        "rel:holds_position_in:state-a:org-x", "an office holder needs a title")]
    [InlineData("relations/holds_position_in.jsonl", """{"id":"rel:holds_position_in:state-a:org-x","type":"HOLDS_POSITION_IN","from":"state:a","to":"org:x","props":{"title":"Chair","as_of":"2015"},"sources":[{"document":"a.txt","line":2,"quote":"the former holder"}]}""",
        "rel:holds_position_in:state-a:org-x", "line 2 calls the holder former or then-holder, but the tenure has no end; set until, or date the successor")]
    [InlineData("relations/established_by.jsonl", """{"id":"rel:established_by:org-x:state-a:2001","type":"ESTABLISHED_BY","from":"org:x","to":"state:a","props":{"since":"2001"},$S}""",
        "rel:established_by:org-x:state-a:2001", "states 2001 for org:x, which has no date of its own; put founded on the node with its source")]
    public void An_audit_rule_reports_the_record_that_breaks_it(string file, string line, string record, string problem)
    {
        WriteValidBase();
        Write("entities/organisations.jsonl", Entity("org:x", "Organisation").Replace("\"name\":\"N\"", "\"name\":\"Line three\"", StringComparison.Ordinal));
        Write(file, line.Replace("$S", Source, StringComparison.Ordinal));

        var found = Assert.Single(DatasetLoader.Validate(folder));

        Assert.Equal((file, record), (found.File, found.Record));
        Assert.Contains(problem, found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_holder_whose_successor_is_dated_needs_no_end_of_its_own()
    {
        WriteValidBase();
        Write("entities/organisations.jsonl", Entity("org:x", "Organisation"));
        Write("relations/holds_position_in.jsonl",
            """{"id":"rel:holds_position_in:state-a:org-x","type":"HOLDS_POSITION_IN","from":"state:a","to":"org:x","props":{"title":"Chair","as_of":"2015"},"sources":[{"document":"a.txt","line":2,"quote":"the former holder"}]}""",
            Relation("rel:holds_position_in:state-b:org-x", "HOLDS_POSITION_IN", "state:b", "org:x", """{"title":"Chair","as_of":"2019"}"""));

        Assert.Empty(DatasetLoader.Validate(folder));
        var ended = DatasetLoader.Load(folder).DatedRelations().Single(r => r.From == "state:a");
        Assert.Equal(("2019", "rel:holds_position_in:state-b:org-x"), (ended.Until?.Text, ended.EndedBy));
    }

    [Fact]
    public void A_relation_resting_only_on_the_reference_list_must_say_its_evidence()
    {
        WriteValidBase();
        Write("documents.jsonl", Catalogue.Replace("\"lineCount\":3", "\"lineCount\":3,\"references\":{\"first\":3,\"last\":3}", StringComparison.Ordinal));
        Write("relations/cooperates_with.jsonl",
            Relation("rel:cooperates_with:state-a:state-b", "COOPERATES_WITH", "state:a", "state:b"),
            Relation("rel:linked_to:state-a:state-b", "LINKED_TO", "state:a", "state:b", """{"evidence":"implied"}"""));

        var found = Assert.Single(DatasetLoader.Validate(folder));

        Assert.Equal("rel:cooperates_with:state-a:state-b", found.Record);
        Assert.Contains("rests only on the reference list (line 3); cite the text's own statement, or mark it evidence: implied", found.Message, StringComparison.Ordinal);
    }
}
