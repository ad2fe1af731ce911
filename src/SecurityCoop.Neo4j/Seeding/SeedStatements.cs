using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Neo4j.Encoding;

namespace SecurityCoop.Neo4j.Seeding;

/// <summary>One idempotent loading statement: a Cypher template over <c>$rows</c>, and the rows it takes.</summary>
public sealed record SeedStatement(string Comment, string Template, IReadOnlyList<Dictionary<string, object?>> Rows);

/// <summary>
/// The statements that load a dataset into Neo4j with MERGE: one per node type, one per relation type, one for the
/// source documents' catalogue and one for the conflicts. Running them twice changes nothing; <c>SET x = row.properties</c> makes each element exactly what
/// the dataset says. The seed script and the programmatic loader use the same statements.
/// </summary>
public static class SeedStatements
{
    public static IReadOnlyList<SeedStatement> For(GraphData data)
    {
        var statements = new List<SeedStatement>();
        foreach (var group in data.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key))
        {
            statements.Add(new($"{group.Key} nodes ({group.Count()})",
                $"UNWIND $rows AS row\nMERGE (n:Node {{id: row.id}})\nSET n = row.properties\nSET n:{group.Key};",
                [.. group.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => Row(n.Id, GraphEncoding.NodeProperties(n)))]));
        }
        var edges = data.DatedRelations();
        foreach (var group in edges.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var type = RelationTypes.NameOf(group.Key);
            statements.Add(new($"{type} relations ({group.Count()})",
                $"UNWIND $rows AS row\nMATCH (a:Node {{id: row.from}})\nMATCH (b:Node {{id: row.to}})\nMERGE (a)-[r:{type} {{id: row.id}}]->(b)\nSET r = row.properties;",
                [.. group.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => Row(e.Id, GraphEncoding.RelationProperties(e), e.From, e.To))]));
        }
        if (data.Catalogue.Count > 0)
        {
            statements.Add(new($"source documents ({data.Catalogue.Count})",
                "UNWIND $rows AS row\nMERGE (d:SourceDocument {id: row.id})\nSET d = row.properties;",
                [.. data.Catalogue.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => Row(d.Id, GraphEncoding.DocumentProperties(d)))]));
        }
        if (data.Conflicts.Count > 0)
        {
            statements.Add(new($"conflicts ({data.Conflicts.Count})",
                "UNWIND $rows AS row\nMATCH (s:Node {id: row.subject})\nMERGE (c:Conflict {id: row.id})\nSET c = row.properties\nMERGE (c)-[:ABOUT]->(s);",
                [.. data.Conflicts.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c =>
                {
                    var row = Row(c.Id, GraphEncoding.ConflictProperties(c));
                    row["subject"] = c.Subject;
                    return row;
                })]));
        }
        return statements;
    }

    private static Dictionary<string, object?> Row(string id, Dictionary<string, object?> properties, string? from = null, string? to = null)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id };
        if (from is not null)
        {
            row["from"] = from;
            row["to"] = to;
        }
        row["properties"] = properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return row;
    }
}
