using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static TinyGraph ThreeBodies() => new TinyGraph()
        .Nodes("org:x", "org:y", "mech:z", "state:a", "state:b", "state:c", "state:d", "org:e")
        .Member("state:a", "org:x", "since=1990").Member("state:b", "org:x", "since=1990").Member("state:c", "org:x", "since=2010")
        .Member("state:a", "org:y").Member("state:c", "org:y").Member("state:d", "org:y").Member("org:e", "org:y")
        .Relation(RelationType.ParticipatesIn, "state:a", "mech:z").Relation(RelationType.ParticipatesIn, "state:c", "mech:z")
        .Relation(RelationType.ObserverOf, "state:b", "mech:z");

    private static SetQuestions Questions(IGraphStore store) => new(store, QueryLimits.Default);

    private static AffiliatesOperand Of(string body, string? asOf = null, AffiliationRole[]? roles = null, bool through = false,
        NodeType[]? types = null, FactFilter? facts = null) =>
        new(body, new AffiliationFilter(roles?.ToHashSet(), facts ?? new FactFilter(asOf is null ? null : PartialDate.Parse(asOf)), types?.ToHashSet()), through);

    private static async Task<string[]> IdsAsync(IGraphStore store, SetQuestion question) =>
        [.. (await Questions(store).CombineAsync(question, Cancel)).Members.Select(m => m.Node.Id)];

    [Fact]
    public async Task An_intersection_lists_who_is_in_every_operand_with_the_evidence_of_each()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var answer = await Questions(store).CombineAsync(new SetQuestion([Of("org:x"), Of("org:y"), Of("mech:z")]), Cancel);

        Assert.Equal(["state:a", "state:c"], answer.Members.Select(m => m.Node.Id));
        Assert.Equal(["all[0]", "all[1]", "all[2]"], answer.Members[0].Evidence.Select(e => e.Operand.Name));
        Assert.Equal(["org:x", "org:y", "mech:z"], answer.Members[0].Evidence.Select(e => e.Affiliations.Single().Body.Id));
        Assert.Equal([3, 4, 2], answer.Operands.Select(o => o.Size));
    }

    [Fact]
    public async Task Union_difference_and_listed_ids_combine_in_one_question()
    {
        var store = await StoreWithAsync(ThreeBodies());

        Assert.Equal(["state:b"], await IdsAsync(store, new SetQuestion([Of("org:x")], None: [Of("org:y")])));
        Assert.Equal(["org:e", "state:a", "state:b", "state:c", "state:d"], await IdsAsync(store, new SetQuestion(Any: [Of("org:x"), Of("org:y")])));
        Assert.Equal(["org:e", "state:b", "state:d"], await IdsAsync(store, new SetQuestion(Any: [Of("org:x"), Of("org:y")], None: [Of("mech:z")])));
        Assert.Equal(["state:c"], await IdsAsync(store, new SetQuestion([new IdsOperand(["state:c", "state:d"])], Any: [Of("org:x"), Of("mech:z")])));
    }

    [Fact]
    public async Task Each_operand_has_its_own_date_and_roles()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:s5", "org:sco", "mech:arf", "mech:eas", "state:a", "state:b", "state:c")
            .Member("state:a", "org:s5", "since=1996", "until=2001").Member("state:b", "org:s5", "since=1996", "until=2001")
            .Member("state:a", "org:sco", "since=2001").Member("state:b", "org:sco", "since=2001").Member("state:c", "org:sco", "since=2017")
            .Member("state:a", "mech:arf", "role=founding").Member("state:b", "mech:arf", "role=full")
            .Member("state:a", "mech:eas", "role=founding").Member("state:b", "mech:eas").Member("state:c", "mech:eas"));

        Assert.Equal(["state:c"], await IdsAsync(store, new SetQuestion([Of("org:sco", "2023")], None: [Of("org:s5", "2000")])));
        Assert.Equal(["state:a", "state:b", "state:c"], await IdsAsync(store, new SetQuestion([Of("org:sco", "2023")], None: [Of("org:s5", "2023")])));
        Assert.Equal(["state:b", "state:c"], await IdsAsync(store, new SetQuestion([Of("mech:eas")], None: [Of("mech:arf", roles: [AffiliationRole.FoundingMember])])));
    }

    [Fact]
    public async Task Neighbour_operands_follow_relation_types_and_direction_and_a_parallel_relation_counts_once()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:rats", "doc:mou", "theme:t1", "theme:t2", "theme:t3", "state:a")
            .Relation(RelationType.Addresses, "mech:rats", "theme:t1").Relation(RelationType.Addresses, "mech:rats", "theme:t2")
            .Relation(RelationType.LinkedTo, "mech:rats", "theme:t2", "note=also linked")
            .Relation(RelationType.Addresses, "doc:mou", "theme:t2").Relation(RelationType.Addresses, "doc:mou", "theme:t3")
            .Relation(RelationType.Addresses, "theme:t1", "doc:mou")
            .Relation(RelationType.SignatoryOf, "state:a", "doc:mou"));
        HashSet<RelationType> addresses = [RelationType.Addresses];

        var shared = await Questions(store).CombineAsync(new SetQuestion([
            new NeighboursOperand("mech:rats", new HashSet<RelationType> { RelationType.Addresses, RelationType.LinkedTo }, RelationDirection.Outgoing),
            new NeighboursOperand("doc:mou", addresses, RelationDirection.Outgoing)]), Cancel);
        var anyDirection = await IdsAsync(store, new SetQuestion([new NeighboursOperand("doc:mou", addresses)]));
        var themesOnly = await IdsAsync(store, new SetQuestion([new NeighboursOperand("doc:mou", NodeTypes: new HashSet<NodeType> { NodeType.Theme })]));

        var t2 = Assert.Single(shared.Members);
        Assert.Equal("theme:t2", t2.Node.Id);
        Assert.Equal([RelationType.Addresses, RelationType.LinkedTo], t2.Evidence[0].Relations.Select(r => r.Relation.Type).Order());
        Assert.Equal(2, shared.Operands[0].Size);
        Assert.Equal(["theme:t1", "theme:t2", "theme:t3"], anyDirection);
        Assert.Equal(["theme:t1", "theme:t2", "theme:t3"], themesOnly);
    }

    [Fact]
    public async Task A_member_reached_through_two_relations_of_one_organisation_counts_once()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:eas", "org:asean", "state:a", "state:b")
            .Member("org:asean", "mech:eas").Relation(RelationType.ParticipatesIn, "org:asean", "mech:eas")
            .Member("state:a", "org:asean").Member("state:b", "mech:eas"));

        var answer = await Questions(store).CombineAsync(new SetQuestion([Of("mech:eas", through: true)]), Cancel);

        Assert.Equal(["org:asean", "state:a", "state:b"], answer.Members.Select(m => m.Node.Id));
        Assert.Equal(3, answer.Operands[0].Size);
        var a = answer.Members[1];
        var tie = Assert.Single(a.Evidence.Single().Affiliations);
        Assert.Equal(("org:asean", AffiliationRole.Member), (tie.Via!.Id, tie.Role));
        Assert.True(a.ThroughMembersOnly);
    }

    [Fact]
    public async Task Operands_filter_by_reporting_document_and_start_range_and_a_tie_through_an_organisation_starts_at_the_later_start()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:eas", "org:asean", "state:a", "state:b", "state:c")
            .Member("org:asean", "mech:eas", "since=2005", "@doc=chapter.txt")
            .Member("state:a", "org:asean", "since=1967", "@doc=chapter.txt")
            .Member("state:b", "mech:eas", "since=2011", "@doc=thesis.txt")
            .Member("state:c", "mech:eas", "since=2001", "@doc=chapter.txt"));
        var from2005 = new FactFilter(Since: new DateRange(PartialDate.Parse("2005")));
        var chapter = new FactFilter(Documents: new HashSet<string> { "chapter.txt" });

        Assert.Equal(["org:asean", "state:a", "state:b"], await IdsAsync(store, new SetQuestion([Of("mech:eas", through: true, facts: from2005)])));
        Assert.Equal(["org:asean", "state:a", "state:c"], await IdsAsync(store, new SetQuestion([Of("mech:eas", through: true, facts: chapter)])));
        Assert.Equal(["state:b"], await IdsAsync(store, new SetQuestion([Of("mech:eas", types: [NodeType.State], facts: from2005)])));
    }

    [Fact]
    public async Task The_matrix_and_a_comparison_give_sizes_intersection_union_and_jaccard_over_any_operands()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var matrix = await Questions(store).MatrixAsync([Of("org:x"), Of("org:y"), new IdsOperand(["state:a", "state:b", "state:d"])], "operands", Cancel);
        var comparison = await Questions(store).CompareAsync(Of("org:x"), Of("org:y"), Cancel);

        var xy = matrix.Cells[0];
        Assert.Equal(("org:x", "org:y", 3, 4, 2, 5), (xy.A.Subject!.Id, xy.B.Subject!.Id, xy.SizeA, xy.SizeB, xy.Intersection, xy.Union));
        Assert.Equal(0.4, xy.Jaccard, 6);
        Assert.Equal(3, matrix.Cells.Count);
        Assert.Equal((2, 5), (matrix.Cells[2].Intersection, matrix.Cells[2].Union));
        Assert.Equal(["state:a", "state:c"], comparison.Both.Select(m => m.Node.Id));
        Assert.Equal(["state:b"], comparison.OnlyA.Select(m => m.Node.Id));
        Assert.Equal(["org:e", "state:d"], comparison.OnlyB.Select(m => m.Node.Id));
    }

    [Fact]
    public async Task Mistakes_in_operands_are_coded_errors_that_name_the_operand()
    {
        var store = await StoreWithAsync(ThreeBodies());
        var questions = Questions(store);

        var empty = await Assert.ThrowsAsync<StoreException>(() => questions.CombineAsync(new SetQuestion(None: [Of("org:x")]), Cancel));
        var unknown = await Assert.ThrowsAsync<StoreException>(() => questions.CombineAsync(new SetQuestion([Of("org:x")], None: [Of("org:y"), Of("org:nowhere")]), Cancel));
        var unknownListed = await Assert.ThrowsAsync<StoreException>(() => questions.CombineAsync(new SetQuestion([new IdsOperand(["state:a", "state:zz"])]), Cancel));
        var backwards = await Assert.ThrowsAsync<StoreException>(() => questions.CombineAsync(new SetQuestion(
            [Of("org:x"), new NeighboursOperand("org:y", Facts: new FactFilter(Since: new DateRange(PartialDate.Parse("2010"), PartialDate.Parse("2001"))))]), Cancel));

        Assert.Equal(ErrorCodes.InvalidArgument, empty.Code);
        Assert.Equal((ErrorCodes.NodeNotFound, true), (unknown.Code, unknown.Message.Contains("none[1]", StringComparison.Ordinal) && unknown.Message.Contains("org:nowhere", StringComparison.Ordinal)));
        Assert.Equal((ErrorCodes.NodeNotFound, true), (unknownListed.Code, unknownListed.Message.Contains("all[0]", StringComparison.Ordinal)));
        Assert.Equal((ErrorCodes.BadDate, true), (backwards.Code, backwards.Message.Contains("all[1]", StringComparison.Ordinal)));
        var unknownDocument = await Assert.ThrowsAsync<StoreException>(() => questions.CombineAsync(new SetQuestion(
            [Of("org:x", facts: new FactFilter(Documents: new HashSet<string> { "test.txt" })), Of("org:y", facts: new FactFilter(Documents: new HashSet<string> { "nowhere.txt" }))]), Cancel));
        Assert.Equal((ErrorCodes.InvalidArgument, true), (unknownDocument.Code, unknownDocument.Message.Contains("all[1]", StringComparison.Ordinal) && unknownDocument.Message.Contains("nowhere.txt", StringComparison.Ordinal)));
    }
}
