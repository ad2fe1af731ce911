namespace SecurityCoop.Tests.Sources;

/// <summary>Every source names its document by title and a short citation, from the catalogue in data/documents.jsonl.</summary>
public sealed class SourceQueriesTests(ApiServer api)
{
    [Fact]
    public async Task A_source_carries_its_documents_title_citation_and_catalogue_record()
    {
        // Thesis line 539: "During the SCO Astana Summit in June 2005, the SCO extended observer status to India, Iran ..."
        var data = await api.DataAsync("""
            { node(id: "state:india") { relations(types: [OBSERVER_OF]) { sources { document line title citation catalogue { authors year kind language } } } } }
            """);

        var source = data.Path("node.relations")[0].GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("line").GetInt32() == 539);
        Assert.Equal("001_df8979263b835203.txt", source.GetProperty("document").GetString());
        Assert.StartsWith("Regional Security Cooperation between the Shanghai Cooperation Organization", source.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Honrada, Regional Security Cooperation between the SCO and ASEAN (PhD thesis, 2024), line 539", source.GetProperty("citation").GetString());
        Assert.Equal((2024, "PhD thesis", "en"), (source.Path("catalogue.year").GetInt32(), source.Path("catalogue.kind").GetString(), source.Path("catalogue.language").GetString()));
    }

    [Fact]
    public async Task The_catalogue_lists_both_documents_and_every_source_in_an_answer_has_a_title()
    {
        var data = await api.DataAsync("""
            { documents { id title authors citation lineCount }
              overlap(bodies: ["org:asean", "mech:arf"]) { members { affiliations { relation { sources { title } } } } } }
            """);

        Assert.Equal(["000_fd036e14e5f0e6b0.txt", "001_df8979263b835203.txt"], data.Path("documents").Strings("id"));
        Assert.Equal(["András Bartók", "Virág Varró"], data.Path("documents")[0].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var titles = data.Path("overlap.members").EnumerateArray().SelectMany(m => m.GetProperty("affiliations").EnumerateArray())
            .SelectMany(a => a.Path("relation.sources").EnumerateArray()).Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.False(string.IsNullOrEmpty(t)));
    }

    [Fact]
    public async Task A_set_operand_naming_a_document_the_catalogue_does_not_hold_is_a_coded_error()
    {
        var (status, code, message) = await api.ErrorAsync("""{ sets(all: [{affiliates: {body: "org:sco", documents: ["chapter.pdf"]}}]) { count } }""");

        Assert.Equal((200, "INVALID_ARGUMENT"), (status, code));
        Assert.Contains("all[0]", message, StringComparison.Ordinal);
        Assert.Contains("'documents' query", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_fact_of_a_node_names_the_passages_that_support_it()
    {
        // Chapter line 131: "Established in 2004, the Regional Anti-Terrorist Structure (RATS) is based in Tashkent";
        // thesis line 2313 calls it "the SCO's RATS".
        var data = await api.DataAsync("""{ node(id: "mech:rats") { facts { key value sources { document line citation } } } }""");

        var facts = data.Path("node.facts").EnumerateArray().ToList();
        var founded = facts.Single(f => f.GetProperty("key").GetString() == "founded");
        Assert.Contains(founded.GetProperty("sources").EnumerateArray(), s => s.GetProperty("line").GetInt32() == 131 && s.GetProperty("document").GetString() == "000_fd036e14e5f0e6b0.txt");
        var alias = facts.Single(f => f.GetProperty("key").GetString() == "alias" && f.GetProperty("value").GetString() == "SCO's RATS");
        Assert.Equal([2313], alias.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("line").GetInt32()));
        Assert.Contains(facts, f => f.GetProperty("key").GetString() == "name" && f.GetProperty("sources").GetArrayLength() > 0);
    }
}
