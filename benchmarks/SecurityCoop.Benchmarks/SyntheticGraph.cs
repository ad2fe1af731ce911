using Bogus;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Benchmarks;

/// <summary>
/// A world-scale graph made with Bogus from a fixed seed: every state, thousands of organisations and mechanisms,
/// agreements and themes, and about a million dated memberships, participations, signatures and links.
/// </summary>
internal static class SyntheticGraph
{
    public static GraphData Make(int states, int bodies, int agreements, int themes, int edges, int seed = 20261201)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var source = new[] { new Source("synthetic.txt", 1, "generated") };
        var nodes = new List<Node>();
        Node Add(NodeType type, string prefix, int i, string name) =>
            new($"{prefix}:{type.ToString().ToLowerInvariant()}-{i}", type, name, null, [], new Dictionary<string, string>(), source);
        for (var i = 0; i < states; i++)
            nodes.Add(Add(NodeType.State, "state", i, faker.Address.Country() + " " + i));
        for (var i = 0; i < bodies; i++)
            nodes.Add(Add(i % 2 == 0 ? NodeType.Organisation : NodeType.Mechanism, i % 2 == 0 ? "org" : "mech", i, faker.Company.CompanyName() + " " + i));
        for (var i = 0; i < agreements; i++)
            nodes.Add(Add(NodeType.Agreement, "doc", i, faker.Lorem.Sentence(3) + i));
        for (var i = 0; i < themes; i++)
            nodes.Add(Add(NodeType.Theme, "theme", i, faker.Hacker.Noun() + " " + i));
        var byType = nodes.GroupBy(n => n.Type).ToDictionary(g => g.Key, g => g.ToArray());
        var list = new List<Relation>(edges);
        for (var i = 0; i < edges; i++)
            list.Add(RandomEdge(faker, byType, i, source));
        return new GraphData(nodes, list, []);
    }

    private static Relation RandomEdge(Faker faker, Dictionary<NodeType, Node[]> byType, int i, Source[] source)
    {
        var bodies = faker.Random.Bool() ? byType[NodeType.Organisation] : byType[NodeType.Mechanism];
        var (type, from, to) = faker.Random.Int(0, 9) switch
        {
            < 5 => (RelationType.MemberOf, faker.PickRandom(byType[NodeType.State]), faker.PickRandom(bodies)),
            5 => (RelationType.ParticipatesIn, faker.PickRandom(byType[NodeType.State]), faker.PickRandom(byType[NodeType.Mechanism])),
            6 => (RelationType.SignatoryOf, faker.PickRandom(bodies), faker.PickRandom(byType[NodeType.Agreement])),
            7 => (RelationType.Addresses, faker.PickRandom(bodies), faker.PickRandom(byType[NodeType.Theme])),
            8 => (RelationType.PartOf, faker.PickRandom(byType[NodeType.Mechanism]), faker.PickRandom(byType[NodeType.Organisation])),
            _ => (RelationType.LinkedTo, faker.PickRandom(bodies), faker.PickRandom(bodies)),
        };
        var props = new Dictionary<string, string>();
        if (type == RelationType.MemberOf)
        {
            props["since"] = faker.Random.Int(1950, 2022).ToString(System.Globalization.CultureInfo.InvariantCulture);
            props["role"] = faker.Random.Int(0, 9) == 0 ? "founding" : "full";
        }
        return new Relation($"rel:{i}", type, from.Id, to.Id, props, source);
    }
}
