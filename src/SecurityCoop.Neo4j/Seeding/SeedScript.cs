using System.Text;
using SecurityCoop.Core.Dataset;

namespace SecurityCoop.Neo4j.Seeding;

/// <summary>Renders <see cref="SeedStatements"/> as a readable script, one row per line, for <c>cypher/03-seed.cypher</c>.</summary>
public static class SeedScript
{
    public const string Command = "dotnet run --project src/SecurityCoop.Api -- cypher seed --out cypher/03-seed.cypher";

    public static string Render(GraphData data)
    {
        var output = new StringBuilder();
        output.Append("// 03-seed: the dataset, generated from data/ by\n//   ").Append(Command)
            .Append("\n// Do not edit: edit data/ and generate again (a test fails when this file is out of date).\n")
            .Append("// Idempotent: MERGE on ids, then each element's properties set to exactly what the dataset says, stamped with\n")
            .Append("// the dataset's digest; the last statements delete what the dataset no longer has (elements without this stamp).\n");
        foreach (var statement in SeedStatements.For(data))
        {
            output.Append("\n// ").Append(statement.Comment).Append('\n').Append("UNWIND [\n");
            for (var i = 0; i < statement.Rows.Count; i++)
            {
                output.Append("  ");
                CypherLiteral.Write(output, statement.Rows[i]);
                output.Append(i < statement.Rows.Count - 1 ? ",\n" : "\n");
            }
            output.Append("] AS row\n").Append(statement.Template["UNWIND $rows AS row\n".Length..]).Append('\n');
        }
        foreach (var (what, statement) in SeedStatements.Cleanup(SeedStatements.Stamp(data)))
            output.Append("\n// ").Append(what).Append(" the dataset no longer has\n").Append(statement).Append(";\n");
        return output.ToString();
    }
}
