using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Benchmarks;

/// <summary>
/// The floor under the service's GraphQL: one ASP.NET minimal endpoint per benchmark question, calling the same
/// store the way the resolvers do and writing the bytes /graphql answers, with no GraphQL in between. What the
/// service spends beyond it is GraphQL and its transport. GET <c>/overlap?bodies=A&amp;bodies=B</c>,
/// <c>/members?id=ID</c>, <c>/shortestPath?from=A&amp;to=B</c>; a line "listening on URL" once it serves.
/// </summary>
internal static class MinimalEndpoint
{
    public static async Task RunAsync(string folder, int port)
    {
        var store = new EmbeddedGraphStore(DatasetLoader.Load(folder));
        var questions = new SetQuestions(store, QueryLimits.Default);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/overlap", async (HttpContext http, string[] bodies) =>
        {
            var answer = await questions.CombineAsync(
                new SetQuestion([.. bodies.Select(b => new AffiliatesOperand(b, new AffiliationFilter()))], Names: new SetPartNames("bodies")),
                http.RequestAborted);
            await WriteAsync(http, "overlap", json =>
            {
                json.WriteNumber("count", answer.Members.Count);
                json.WriteStartArray("members");
                foreach (var member in answer.Members)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("node");
                    json.WriteString("id", member.Node.Id);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
        });
        app.MapGet("/members", async (HttpContext http, string id) =>
        {
            var node = (await store.GetNodesAsync([id], http.RequestAborted)).Single();
            var material = await store.GetMaterialAsync(
                new MaterialQuery(Affiliations: [new AffiliationRequest(id, AffiliationSide.MembersOfBodies, false)]), http.RequestAborted);
            var members = new AffiliationFilter().Apply(material.Affiliations[0], AffiliationSide.MembersOfBodies);
            await WriteAsync(http, "node", json =>
            {
                json.WriteString("name", node.Name);
                json.WriteStartArray("members");
                foreach (var member in members)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("member");
                    json.WriteString("id", member.Member.Id);
                    json.WriteString("name", member.Member.Name);
                    json.WriteEndObject();
                    json.WriteString("role", EnumName(member.Role));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
        });
        app.MapGet("/shortestPath", async (HttpContext http, string from, string to) =>
        {
            var path = (await store.FindPathsAsync(new PathQuery(from, to, MaxHops: 6), http.RequestAborted)).First();
            await WriteAsync(http, "shortestPath", json =>
            {
                json.WriteNumber("length", path.Length);
                json.WriteStartArray("steps");
                foreach (var step in path.Steps)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("relation");
                    json.WriteStartObject("from");
                    json.WriteString("id", step.Relation.From);
                    json.WriteEndObject();
                    json.WriteStartObject("to");
                    json.WriteString("id", step.Relation.To);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
        });
        await app.StartAsync();
        Console.WriteLine($"listening on http://127.0.0.1:{port}");
        await app.WaitForShutdownAsync();
    }

    /// <summary>Writes <c>{"data":{"FIELD":{...}}}</c> as /graphql does, with its media type.</summary>
    private static async Task WriteAsync(HttpContext http, string field, Action<Utf8JsonWriter> body)
    {
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await using (var json = new Utf8JsonWriter(http.Response.BodyWriter, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartObject(field);
            body(json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    /// <summary>An enum value as GraphQL names it: FoundingMember is FOUNDING_MEMBER.</summary>
    private static string EnumName(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));
}
