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
/// the dataset says. Every element carries the dataset's <see cref="Stamp"/> (<c>seedStamp</c>), and the
/// <see cref="Cleanup"/> statements then delete what does not carry it: elements removed from <c>data/</c>. A relation
/// whose ends changed is deleted just before it is merged between its new ends, since relation ids are unique. So a
/// database seeded from a dataset holds exactly that dataset. The seed script and the programmatic loader use the
/// same statements.
/// </summary>
public static class SeedStatements
{
    public const string StampProperty = "seedStamp";

    /// <summary>A digest of everything the statements load: the same dataset always gets the same stamp.</summary>
    public static string Stamp(GraphData data)
    {
        var rows = Rows(data).Select(s => s.Rows);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rows);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json))[..16];
    }

    /// <summary>The loading statements, each element stamped.</summary>
    public static IReadOnlyList<SeedStatement> For(GraphData data)
    {
        var stamp = Stamp(data);
        return [.. Rows(data).Select(s => s with { Rows = [.. s.Rows.Select(r => Stamped(r, stamp))] })];
    }

    /// <summary>
    /// Deletes, after loading, every node, relation, conflict and source document that does not carry
    /// <paramref name="stamp"/>; each statement returns how many it removed (<c>removed</c>).
    /// </summary>
    public static IReadOnlyList<(string What, string Statement)> Cleanup(string stamp) =>
    [
        ("relations", $"MATCH ()-[r]->() WHERE r.{StampProperty} IS NULL OR r.{StampProperty} <> '{stamp}' DELETE r RETURN count(*) AS removed"),
        ("nodes", $"MATCH (n:Node) WHERE n.{StampProperty} IS NULL OR n.{StampProperty} <> '{stamp}' DETACH DELETE n RETURN count(*) AS removed"),
        ("conflicts", $"MATCH (c:Conflict) WHERE c.{StampProperty} IS NULL OR c.{StampProperty} <> '{stamp}' DETACH DELETE c RETURN count(*) AS removed"),
        ("source documents", $"MATCH (d:SourceDocument) WHERE d.{StampProperty} IS NULL OR d.{StampProperty} <> '{stamp}' DETACH DELETE d RETURN count(*) AS removed"),
    ];

    private static Dictionary<string, object?> Stamped(Dictionary<string, object?> row, string stamp)
    {
        var copy = new Dictionary<string, object?>(row, StringComparer.Ordinal);
        var properties = new Dictionary<string, object?>((Dictionary<string, object?>)row["properties"]!, StringComparer.Ordinal) { [StampProperty] = stamp };
        copy["properties"] = properties;
        return copy;
    }

    private static List<SeedStatement> Rows(GraphData data)
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
                $"UNWIND $rows AS row\nMATCH (a:Node {{id: row.from}})\nMATCH (b:Node {{id: row.to}})\nOPTIONAL MATCH (x:Node)-[moved:{type} {{id: row.id}}]->(y:Node) WHERE x <> a OR y <> b\nDELETE moved\nMERGE (a)-[r:{type} {{id: row.id}}]->(b)\nSET r = row.properties;",
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
                "UNWIND $rows AS row\nMATCH (s:Node {id: row.subject})\nMERGE (c:Conflict {id: row.id})\nSET c = row.properties\nMERGE (c)-[about:ABOUT]->(s)\nSET about.seedStamp = row.properties.seedStamp;",
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
