using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using SecurityCoop.Api;

[assembly: AssemblyFixture(typeof(SecurityCoop.Tests.ApiServer))]

namespace SecurityCoop.Tests;

/// <summary>The real API host on a free loopback port, serving the seed dataset, shared by every API test.</summary>
public sealed class ApiServer : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public Uri GraphQLUrl { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // The shared server serves every test at once from one address: no rate limits (their own tests set them).
        app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--RateLimits:GraphQLPerMinute=0", "--RateLimits:ExportPerMinute=0", "--RateLimits:CypherPerMinute=0"]);
        await app.StartAsync();
        BaseUrl = new Uri(app.Urls.First());
        GraphQLUrl = new Uri(BaseUrl, "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
            await app.DisposeAsync();
    }

    /// <summary>POSTs a query as JSON and returns the status, the response media type and the parsed body.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(request);
    }

    /// <summary>POSTs a body as it is, bytes and all, with the JSON content type.</summary>
    public async Task<GraphQLResponse> PostContentAsync(HttpContent content)
    {
        content.Headers.ContentType ??= MediaTypeHeaderValue.Parse("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLUrl) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await SendAsync(request);
    }

    /// <summary>The first error's status, code and message of a response that must be an error.</summary>
    public static (int Status, string Code, string Message) FirstError(GraphQLResponse response)
    {
        var error = response.Json.GetProperty("errors")[0];
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString()! : "";
        return (response.Status, code, error.GetProperty("message").GetString()!);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType, text, string.Join(", ", response.Content.Headers.Allow));
    }

    /// <summary>POSTs a query that must succeed, and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Status == 200 && !response.Json.TryGetProperty("errors", out _), $"{response.Status}: {response.Text}");
        return response.Json.GetProperty("data");
    }

    /// <summary>POSTs a query that must fail, and returns its first error's code.</summary>
    public async Task<(int Status, string Code, string Message)> ErrorAsync(string query, object? variables = null)
    {
        return FirstError(await PostAsync(query, variables));
    }
}

/// <summary>What came back from the API.</summary>
public sealed record GraphQLResponse(int Status, MediaTypeHeaderValue? ContentType, string Text, string Allow)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;
}

/// <summary>Reads answers compactly.</summary>
internal static class JsonReading
{
    public static string[] Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => Path(e, property).GetString()!)];

    /// <summary>Follows a dotted path such as "node.id".</summary>
    public static JsonElement Path(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
            element = element.GetProperty(part);
        return element;
    }
}
