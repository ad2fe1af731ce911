using System.Net.Http.Headers;
using System.Text;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;

[assembly: AssemblyFixture(typeof(SecurityCoop.Tests.Neo4jServer))]

namespace SecurityCoop.Tests;

/// <summary>
/// A Neo4j to run the store contract against: the one SECURITYCOOP_NEO4J_URI names (with _USER and _PASSWORD), or
/// else a throwaway container of the image docker-compose.yml pins, when Docker is available. When neither is, the
/// tests that need it skip and print <see cref="Unavailable"/>.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    public const string Image = "neo4j:5.26.33-community";
    private const string ContainerPassword = "contract-tests";

    private IContainer? container;

    public Neo4jOptions? Options { get; private set; }

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("SECURITYCOOP_NEO4J_URI");
        if (!string.IsNullOrEmpty(configured))
        {
            Options = new Neo4jOptions
            {
                Uri = new Uri(configured),
                User = Environment.GetEnvironmentVariable("SECURITYCOOP_NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("SECURITYCOOP_NEO4J_PASSWORD") ?? "",
            };
            Unavailable = await ProbeAsync(Options) is { } problem ? $"Neo4j at {configured} is not usable: {problem}" : null;
            return;
        }
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            Unavailable = NoNeo4j("no Docker endpoint found");
            return;
        }
        try
        {
            container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
            Options = new Neo4jOptions { Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"), Password = ContainerPassword };
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or TimeoutException or HttpRequestException)
        {
            Unavailable = NoNeo4j(e.GetType().Name);
        }
    }

    private static string NoNeo4j(string why) =>
        $"No Neo4j to test against: SECURITYCOOP_NEO4J_URI is not set and Docker is not available ({why}). " +
        "Set SECURITYCOOP_NEO4J_URI (and _USER, _PASSWORD) or start Docker to run the Neo4j contract suite.";

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
            await container.DisposeAsync();
    }

    public QueryApiClient Client() =>
        new(new HttpClient(), Microsoft.Extensions.Options.Options.Create(Options!), NullLogger<QueryApiClient>.Instance);

    private static async Task<string?> ProbeAsync(Neo4jOptions options)
    {
        try
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Uri, $"db/{options.Database}/query/v2"))
            {
                Content = new StringContent("{\"statement\":\"RETURN 1\"}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }
}
