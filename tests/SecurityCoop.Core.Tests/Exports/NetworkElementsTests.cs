using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class NetworkElementsTests
{
    [Fact]
    public void A_node_is_labelled_by_its_name_typed_by_its_type_and_keeps_props_acronym_and_aliases()
    {
        var node = new Node("org:sco", NodeType.Organisation, "Shanghai Cooperation Organisation", "SCO", ["Shanghai Pact", "SCO-8"],
            Props(("founded", "2001-06-15")), [TinyGraph.Cite("SCO")]);

        var exported = node.ToNetworkNode();

        Assert.Equal(("org:sco", "Organisation", "Shanghai Cooperation Organisation"), (exported.Id, exported.Type, exported.Label));
        Assert.Equal([("acronym", "SCO"), ("aliases", "Shanghai Pact; SCO-8"), ("founded", "2001-06-15")],
            exported.Properties.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void An_edge_carries_its_dates_as_values_with_their_precision_and_its_sources()
    {
        var edge = new Relation("rel:member_of:state-india:org-sco:2017", RelationType.MemberOf, "state:india", "org:sco",
            Props(("since", "2017-06"), ("until", "2030"), ("role", "full")), [TinyGraph.Cite("India joined")]);

        var exported = edge.ToNetworkEdge();

        Assert.Equal(("MEMBER_OF", "state:india", "org:sco"), (exported.Type, exported.Source, exported.Target));
        Assert.Equal(("2017-06", "2030"), (exported.Since?.Text, exported.Until?.Text));
        Assert.Equal([("role", "full"), ("since_precision", "month"), ("until_precision", "year")],
            exported.Properties.Select(p => (p.Key, p.Value)));
        Assert.Equal("India joined", Assert.Single(exported.Sources).Quote);
    }

    [Theory]
    [InlineData("date=2005-07-05", "2005-07-05")]
    [InlineData("as_of=2023", "2023")]
    [InlineData("note=undated", null)]
    public void An_edge_without_since_starts_at_its_date_else_at_its_snapshot(string prop, string? since)
    {
        var (key, value) = (prop.Split('=')[0], prop.Split('=')[1]);
        var edge = new Relation("rel:x", RelationType.ObserverOf, "state:a", "org:x", Props((key, value)), []);

        var exported = edge.ToNetworkEdge();

        Assert.Equal(since, exported.Since?.Text);
        Assert.Equal(value, exported.Properties[key]);
    }

    [Fact]
    public void A_document_from_the_dataset_ends_an_observer_status_when_the_state_becomes_a_member()
    {
        var data = new TinyGraph().Nodes("state:india", "org:sco")
            .Relation(RelationType.ObserverOf, "state:india", "org:sco", "since=2005")
            .Member("state:india", "org:sco", "since=2017", "role=full")
            .Build();

        var document = data.ToNetworkDocument(Metadata);

        Assert.Equal(2, document.Nodes.Count());
        var observer = document.Edges.Single(e => e.Type == "OBSERVER_OF");
        Assert.Equal(("2017", "year"), (observer.Until?.Text, observer.Properties["until_precision"]));
        Assert.Equal(data.Relations[1].Id, observer.Properties["ended_by"]);
        Assert.Same(Metadata, document.Metadata);
    }
}
