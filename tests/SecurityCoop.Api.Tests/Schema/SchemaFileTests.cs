using Microsoft.AspNetCore.Builder;
using SecurityCoop.Api;
using SecurityCoop.Api.Commands;

namespace SecurityCoop.Tests.Schema;

/// <summary>schema.graphql is the running schema, and the schema documents itself.</summary>
public sealed class SchemaFileTests(ApiServer api)
{
    [Fact]
    public async Task The_committed_schema_file_matches_the_running_schema()
    {
        await using var app = SecurityCoopHost.Build([]);
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema.graphql"), TestContext.Current.CancellationToken);

        Assert.True(committed.ReplaceLineEndings("\n") == SchemaExport.Print(app.Services),
            "schema.graphql is out of date; regenerate it with: dotnet run --project src/SecurityCoop.Api -- schema --out schema.graphql");
    }

    [Fact]
    public async Task Every_type_field_and_argument_has_a_description()
    {
        var data = await api.DataAsync("""
            { __schema { types { name description
                fields { name description args { name description } }
                inputFields { name description } } } }
            """);

        var missing = new List<string>();
        foreach (var type in data.Path("__schema.types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || name is "String" or "Int" or "Float" or "Boolean" or "ID")
                continue;
            if (string.IsNullOrWhiteSpace(type.GetProperty("description").GetString()))
                missing.Add(name);
            foreach (var field in type.GetProperty("fields").ValueKind == System.Text.Json.JsonValueKind.Array ? type.GetProperty("fields").EnumerateArray() : default)
            {
                var fieldName = $"{name}.{field.GetProperty("name").GetString()}";
                if (string.IsNullOrWhiteSpace(field.GetProperty("description").GetString()))
                    missing.Add(fieldName);
                missing.AddRange(field.GetProperty("args").EnumerateArray()
                    .Where(a => string.IsNullOrWhiteSpace(a.GetProperty("description").GetString()))
                    .Select(a => $"{fieldName}({a.GetProperty("name").GetString()})"));
            }
        }

        Assert.Empty(missing);
    }
}
