using System.Text.Json;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// Reads the curated dataset folder: <c>entities/*.jsonl</c>, <c>relations/*.jsonl</c>, <c>conflicts.jsonl</c> and the
/// document catalogue <c>documents.jsonl</c>, one JSON object per line, and the documents' texts in <c>documents/</c>
/// where they are kept. Parsing problems are collected, not thrown, so a curator sees all of them at once.
/// </summary>
internal sealed class DatasetReader(string directory)
{
    public List<DatasetProblem> Problems { get; } = [];

    public List<DatasetRecord<Node>> Nodes { get; } = [];

    public List<DatasetRecord<Relation>> Relations { get; } = [];

    public List<DatasetRecord<Conflict>> Conflicts { get; } = [];

    public List<DatasetRecord<SourceDocument>> Documents { get; } = [];

    /// <summary>The lines of each catalogued document whose text is kept in <c>documents/</c>, by document id.</summary>
    public Dictionary<string, string[]> Texts { get; } = new(StringComparer.Ordinal);

    public void Read()
    {
        if (!Directory.Exists(directory))
        {
            Problems.Add(new(directory, "-", "dataset folder not found"));
            return;
        }
        foreach (var (file, line, json) in Lines("entities"))
            ReadNode(file, line, json);
        foreach (var (file, line, json) in Lines("relations"))
            ReadEdge(file, line, json);
        foreach (var (file, line, json) in Lines("conflicts.jsonl"))
            ReadConflict(file, line, json);
        foreach (var (file, line, json) in Lines("documents.jsonl"))
            ReadDocument(file, line, json);
    }

    private IEnumerable<(string File, int Line, JsonElement Json)> Lines(string relative)
    {
        var path = Path.Combine(directory, relative);
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var number = 0;
            foreach (var text in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(text))
                    continue;
                JsonElement json;
                try
                {
                    using var document = JsonDocument.Parse(text);
                    json = document.RootElement.Clone();
                }
                catch (JsonException e)
                {
                    Problems.Add(new(name, $"line {number}", $"not valid JSON: {e.Message}"));
                    continue;
                }
                yield return (name, number, json);
            }
        }
    }

    private void ReadNode(string file, int line, JsonElement json)
    {
        var id = DatasetJson.String(json, "id");
        var typeName = DatasetJson.String(json, "type");
        var where = id ?? $"line {line}";
        if (id is null || typeName is null || DatasetJson.String(json, "name") is not { } name)
        {
            Problems.Add(new(file, where, "an entity needs string fields id, type and name"));
            return;
        }
        if (!NodeTypes.TryParse(typeName, out var type))
        {
            Problems.Add(new(file, where, $"unknown entity type '{typeName}'; use one of {string.Join(", ", NodeTypes.All)}"));
            return;
        }
        var node = new Node(id, type, name, DatasetJson.String(json, "acronym"), DatasetJson.Strings(json, "aliases"),
            DatasetJson.Props(json), DatasetJson.Sources(json))
        { FactSources = DatasetJson.FactSources(json) };
        Nodes.Add(new(file, line, node));
    }

    private void ReadEdge(string file, int line, JsonElement json)
    {
        var id = DatasetJson.String(json, "id");
        var typeName = DatasetJson.String(json, "type");
        var from = DatasetJson.String(json, "from");
        var to = DatasetJson.String(json, "to");
        var where = id ?? $"line {line}";
        if (id is null || typeName is null || from is null || to is null)
        {
            Problems.Add(new(file, where, "a relation needs string fields id, type, from and to"));
            return;
        }
        if (!RelationTypes.TryParse(typeName, out var type))
        {
            Problems.Add(new(file, where, $"unknown relation type '{typeName}'; use one of {string.Join(", ", RelationTypes.All.Select(RelationTypes.NameOf))}"));
            return;
        }
        Relations.Add(new(file, line, new Relation(id, type, from, to, DatasetJson.Props(json), DatasetJson.Sources(json)) { FactSources = DatasetJson.FactSources(json) }));
    }

    /// <summary>The optional <c>references</c> of a catalogue record: <c>{"first": 209, "last": 239}</c>.</summary>
    private LineSpan? ReferenceLines(string file, string id, JsonElement json)
    {
        if (!json.TryGetProperty("references", out var span))
            return null;
        if (Number(span, "first") is { } from && Number(span, "last") is { } to && from >= 1 && to >= from)
            return new LineSpan(from, to);
        Problems.Add(new(file, id, "references must be {\"first\": N, \"last\": M}: the lines of the document's reference list, 1 <= N <= M"));
        return null;
    }

    private static int? Number(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number) ? number : null;

    private void ReadDocument(string file, int line, JsonElement json)
    {
        var id = DatasetJson.String(json, "id");
        var fields = new[] { "title", "kind", "language", "citation", "lines" }.ToDictionary(f => f, f => DatasetJson.String(json, f));
        if (id is null || fields.Values.Any(v => v is null))
        {
            Problems.Add(new(file, id ?? $"line {line}", "a document needs string fields id, title, kind, language, citation and lines (how lines are counted)"));
            return;
        }
        var year = json.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null;
        var count = json.TryGetProperty("lineCount", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : (int?)null;
        Documents.Add(new(file, line, new SourceDocument(id, fields["title"]!, DatasetJson.Strings(json, "authors"), year, fields["kind"]!,
            fields["language"]!, fields["citation"]!, fields["lines"]!, count, DatasetJson.String(json, "publisher"), DatasetJson.String(json, "note"), ReferenceLines(file, id, json))));
        var text = Path.Combine(directory, "documents", id);
        if (File.Exists(text))
            Texts[id] = File.ReadAllLines(text);
    }

    private void ReadConflict(string file, int line, JsonElement json)
    {
        var id = DatasetJson.String(json, "id");
        var subject = DatasetJson.String(json, "subject");
        if (id is null || subject is null || !json.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            Problems.Add(new(file, id ?? $"line {line}", "a conflict needs id, subject and a claims array"));
            return;
        }
        var parsed = claims.EnumerateArray().Select(c => new ConflictClaim(
            DatasetJson.String(c, "value") ?? "", DatasetJson.Sources(c), DatasetJson.Strings(c, "relations"),
            c.TryGetProperty("nodes", out _) ? DatasetJson.Strings(c, "nodes") : null)).ToList();
        Conflicts.Add(new(file, line, new Conflict(id, subject, DatasetJson.String(json, "about") ?? "", parsed,
            DatasetJson.String(json, "kept"), DatasetJson.String(json, "note"))));
    }
}
