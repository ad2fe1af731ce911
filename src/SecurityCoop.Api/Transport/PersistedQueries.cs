using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// Apollo's automatic persisted queries: a request may name its document by SHA-256 (<c>extensions.persistedQuery</c>,
/// version 1, lower-case hex) instead of sending it. An unknown hash is refused with <c>PERSISTED_QUERY_NOT_FOUND</c>
/// (message <c>PersistedQueryNotFound</c>, which clients answer by sending hash and document together); a document sent
/// with a hash that is not its own is refused with <c>PERSISTED_QUERY_HASH_MISMATCH</c>. Documents are kept by hash once
/// they have run, up to <see cref="GraphQLOptions.PersistedQueryChars"/> characters, oldest out first. With a manifest
/// and <see cref="GraphQLOptions.PersistedQueriesOnly"/>, only the manifest's operations run (<c>PERSISTED_QUERY_NOT_ALLOWED</c>).
/// </summary>
internal sealed class PersistedQueries
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string NotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
    public const string BadVersion = "PERSISTED_QUERY_VERSION";

    private readonly ConcurrentDictionary<string, string> kept = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();
    private readonly IReadOnlyDictionary<string, string> manifest;
    private readonly HashSet<string> manifestBodies;
    private readonly int budget;
    private readonly bool only;
    private long used;

    public PersistedQueries(GraphQLOptions options)
    {
        budget = options.PersistedQueryChars;
        manifest = options.PersistedQueryManifest is { } path ? ReadManifest(path) : new Dictionary<string, string>();
        manifestBodies = [.. manifest.Values];
        only = options.PersistedQueriesOnly;
        if (only && manifest.Count == 0)
            throw new InvalidOperationException("GraphQL:PersistedQueriesOnly needs GraphQL:PersistedQueryManifest naming at least one operation.");
    }

    /// <summary>The request with its document: the one it sent, or the one its hash names.</summary>
    /// <exception cref="RequestException">The hash is unknown, not the document's, of another version, or not allowed.</exception>
    public GraphQLHttpRequest Resolve(GraphQLHttpRequest request)
    {
        var hash = HashOf(request.Extensions);
        if (hash is null)
        {
            if (only && !manifestBodies.Contains(request.Query))
                throw new RequestException(400, "Only the operations of the persisted query manifest run here; send one by its sha256Hash.", NotAllowed);
            return request;
        }
        if (request.Query.Length == 0)
        {
            if (manifest.TryGetValue(hash, out var listed))
                return request with { Query = listed };
            if (!only && budget > 0 && kept.TryGetValue(hash, out var known))
                return request with { Query = known };
            throw only
                ? new RequestException(400, "Only the operations of the persisted query manifest run here, and this hash is not one of them.", NotAllowed)
                : new RequestException(400, "PersistedQueryNotFound", NotFound);
        }
        if (!string.Equals(Sha256(request.Query), hash, StringComparison.Ordinal))
            throw new RequestException(400, "The sha256Hash is not the SHA-256 of the query (lower-case hex of its UTF-8 bytes).", HashMismatch);
        if (only && !manifest.ContainsKey(hash))
            throw new RequestException(400, "Only the operations of the persisted query manifest run here.", NotAllowed);
        return request;
    }

    /// <summary>Keeps a document that ran under the hash it was sent with.</summary>
    public void Remember(GraphQLHttpRequest request)
    {
        if (budget <= 0 || only || HashOf(request.Extensions) is not { } hash || request.Query.Length > budget || !kept.TryAdd(hash, request.Query))
            return;
        order.Enqueue(hash);
        Interlocked.Add(ref used, request.Query.Length);
        while (Interlocked.Read(ref used) > budget && order.TryDequeue(out var oldest))
        {
            if (kept.TryRemove(oldest, out var removed))
                Interlocked.Add(ref used, -removed.Length);
        }
    }

    /// <summary>Whether a request names a persisted query: it may then leave the document out.</summary>
    public static bool Names(Inputs? extensions) => extensions?.ContainsKey("persistedQuery") == true;

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? HashOf(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
            return null;
        if (value is not IReadOnlyDictionary<string, object?> persisted)
            throw new RequestException(400, "'extensions.persistedQuery' must be an object: {\"version\": 1, \"sha256Hash\": \"...\"}.");
        if (!persisted.TryGetValue("version", out var version) || Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) != "1")
            throw new RequestException(400, "Only version 1 of persisted queries is supported.", BadVersion);
        return persisted.TryGetValue("sha256Hash", out var hash) && hash is string text && text.Length == 64 && text.All(char.IsAsciiHexDigitLower)
            ? text
            : throw new RequestException(400, "'extensions.persistedQuery.sha256Hash' must be 64 lower-case hex digits.");
    }

    private static Dictionary<string, string> ReadManifest(string path)
    {
        try
        {
            return ReadManifestFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"GraphQL:PersistedQueryManifest '{path}' cannot be read as a persisted query manifest: {e.Message}");
        }
    }

    private static Dictionary<string, string> ReadManifestFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("operations", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new InvalidOperationException($"{path} is not a persisted query manifest: it needs an 'operations' array.");
        foreach (var operation in list.EnumerateArray())
        {
            var (id, body) = (operation.GetProperty("id").GetString() ?? "", operation.GetProperty("body").GetString() ?? "");
            if (Sha256(body) != id)
                throw new InvalidOperationException($"{path}: operation '{id}' is not the SHA-256 of its body.");
            operations[id] = body;
        }
        return operations;
    }
}
