using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>
/// Runs one Cypher statement per HTTP request against Neo4j's Query API (<c>POST /db/{database}/query/v2</c>,
/// the API exists from Neo4j 5.19; this store needs 5.25, see cypher/), with basic auth, a per-request timeout, read access mode for reads, and retries with
/// exponential backoff on transient failures only (<see cref="QueryApiResilience"/>, on the HTTP client). It speaks typed JSON as <c>application/vnd.neo4j.query</c>, the
/// media type every Query API server knows (5.26 LTS, 2025.x, Aura); <c>...query.v1.1</c> exists only from 2025.11.
/// The bookmarks of the last write go with every later request, so on a cluster a read sees what was written.
/// </summary>
public sealed partial class QueryApiClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<QueryApiClient> logger, Neo4jBookmarks? bookmarks = null)
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    private readonly Neo4jOptions settings = options.Value;

    /// <summary>Number of HTTP round trips made, for tests and diagnostics.</summary>
    public int RoundTrips => roundTrips;

    private int roundTrips;

    private readonly Neo4jBookmarks written = bookmarks ?? new Neo4jBookmarks();

    /// <summary>The bookmarks of the last write, sent with every request after it.</summary>
    public IReadOnlyList<string> Bookmarks => written.Latest;

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, AccessMode mode, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Uri, $"db/{Uri.EscapeDataString(settings.Database)}/query/v2"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));
        request.Headers.Accept.ParseAdd(TypedJsonMediaType);
        request.Content = new ByteArrayContent(TypedJsonWriter.Body(statement, parameters, mode, Bookmarks));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonMediaType);
        Interlocked.Increment(ref roundTrips);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new StoreException(Neo4jErrorCodes.Unavailable, $"Neo4j is not reachable at the configured address; check Neo4j:Uri and that the server is up ({e.HttpRequestError}).");
        }
        catch (Exception e) when (e is Polly.Timeout.TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new StoreException(Neo4jErrorCodes.Timeout, $"Neo4j did not answer within {settings.Timeout.TotalSeconds:0.#} s; ask a smaller question or raise Neo4j:Timeout.");
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException)
        {
            throw new StoreException(Neo4jErrorCodes.Unavailable, "Neo4j failed repeatedly just now, so requests pause for a few seconds; try again shortly.");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            QueryResult result;
            try
            {
                result = QueryApiResponse.Parse((int)response.StatusCode, text, logger);
            }
            catch (TransientException e)
            {
                throw e.Error;
            }
            if (mode == AccessMode.Write && result.Bookmarks is { Count: > 0 } marks)
                written.Latest = marks;
            return result;
        }
    }

}

/// <summary>
/// The bookmarks of the last write to Neo4j, shared by every client of one process (the store's and the seeder's are
/// different instances), so a read after a write in the same process sees it, on a cluster too.
/// </summary>
public sealed class Neo4jBookmarks
{
    private IReadOnlyList<string> latest = [];

    public IReadOnlyList<string> Latest
    {
        get => Volatile.Read(ref latest);
        set => Volatile.Write(ref latest, value);
    }
}

/// <summary>A failure worth retrying, carrying the error to raise if the retries run out.</summary>
internal sealed class TransientException(StoreException error) : Exception(error.Message)
{
    public StoreException Error { get; } = error;
}
