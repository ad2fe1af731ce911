using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Transport;

/// <summary>
/// Apollo's automatic persisted queries over real HTTP: a hash the server does not know is refused with the code the
/// client library retries on, the document sent with its hash then runs by hash alone (POST and GET), a hash that is not
/// the document's or of another version is refused; in allow-list mode only a manifest's operations run.
/// </summary>
public sealed class PersistedQueryTests(ApiServer api)
{
    [Fact]
    public async Task A_document_sent_once_with_its_hash_then_runs_by_hash_alone()
    {
        var query = $"query Persisted{Guid.NewGuid():N} {{ node(id: \"org:sco\") {{ id name }} }}";
        var hash = Sha256(query);

        var unknown = await PostAsync(api.GraphQLUrl, new { extensions = Persisted(hash) });
        var first = await PostAsync(api.GraphQLUrl, new { query, extensions = Persisted(hash) });
        var byHash = await PostAsync(api.GraphQLUrl, new { extensions = Persisted(hash) });
        var byGet = await api.Client.GetAsync(new Uri(api.GraphQLUrl, "?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Persisted(hash)))),
            TestContext.Current.CancellationToken);

        Assert.Equal((400, PersistedQueryCode(unknown.Body)), (unknown.Status, "PERSISTED_QUERY_NOT_FOUND"));
        Assert.Equal("PersistedQueryNotFound", unknown.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(200, first.Status);
        Assert.Equal(first.Body.GetRawText(), byHash.Body.GetRawText());
        Assert.Equal("Shanghai Cooperation Organisation", byHash.Body.Path("data.node.name").GetString());
        Assert.Equal(200, (int)byGet.StatusCode);
        Assert.Contains("Shanghai Cooperation Organisation", await byGet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_document_s_or_of_another_version_is_refused()
    {
        const string query = "{ node(id: \"org:sco\") { id } }";

        var mismatch = await PostAsync(api.GraphQLUrl, new { query, extensions = Persisted(Sha256(query + " ")) });
        var version = await PostAsync(api.GraphQLUrl, new { query, extensions = new { persistedQuery = new { version = 2, sha256Hash = Sha256(query) } } });
        var notHex = await PostAsync(api.GraphQLUrl, new { query, extensions = Persisted("ABC") });

        Assert.Equal((400, "PERSISTED_QUERY_HASH_MISMATCH"), (mismatch.Status, PersistedQueryCode(mismatch.Body)));
        Assert.Equal((400, "PERSISTED_QUERY_VERSION"), (version.Status, PersistedQueryCode(version.Body)));
        Assert.Equal((400, "BAD_REQUEST"), (notHex.Status, PersistedQueryCode(notHex.Body)));
    }

    [Fact]
    public async Task In_allow_list_mode_only_the_manifest_s_operations_run()
    {
        const string listed = "query Members { node(id: \"org:sco\") { name } }";
        var manifest = Path.Combine(Directory.CreateTempSubdirectory("securitycoop-manifest-").FullName, "persisted-queries.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = Sha256(listed), name = "Members", type = "query", body = listed } },
        }), TestContext.Current.CancellationToken);
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--GraphQL:PersistedQueryManifest={manifest}", "--GraphQL:PersistedQueriesOnly=true"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var url = new Uri(new Uri(app.Urls.First()), "/graphql");

        var byHash = await PostAsync(url, new { extensions = Persisted(Sha256(listed)) });
        var byText = await PostAsync(url, new { query = listed });
        var other = await PostAsync(url, new { query = "{ node(id: \"org:sco\") { id } }" });
        var otherHash = await PostAsync(url, new { extensions = Persisted(Sha256("{ __typename }")) });

        Assert.Equal((200, 200), (byHash.Status, byText.Status));
        Assert.Equal("Shanghai Cooperation Organisation", byHash.Body.Path("data.node.name").GetString());
        Assert.Equal((400, "PERSISTED_QUERY_NOT_ALLOWED"), (other.Status, PersistedQueryCode(other.Body)));
        Assert.Equal((400, "PERSISTED_QUERY_NOT_ALLOWED"), (otherHash.Status, PersistedQueryCode(otherHash.Body)));
    }

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? PersistedQueryCode(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<(int Status, JsonElement Body)> PostAsync(Uri url, object body)
    {
        using var client = new HttpClient();
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone());
    }
}
