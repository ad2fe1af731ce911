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
    public Dictionary<string, DocumentText> Texts { get; } = new(StringComparer.Ordinal);

    public void Read()
    {
        if (!Directory.Exists(directory))
        {
            Problems.Add(new(directory, "-", "dataset folder not found"));
            return;
        }
        var strings = new DatasetStrings();
        ReadRecords("entities", strings, ReadNode, Nodes);
        ReadRecords("relations", strings, ReadEdge, Relations);
        foreach (var (file, line, json) in Lines("conflicts.jsonl"))
            ReadConflict(file, line, json);
        foreach (var (file, line, json) in Lines("documents.jsonl"))
            ReadDocument(file, line, json);
    }

    private IEnumerable<string> Files(string relative)
    {
        var path = Path.Combine(directory, relative);
        return Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : Enumerable.Empty<string>();
    }

    private string NameOf(string file) => Path.GetRelativePath(directory, file).Replace('\\', '/');

    /// <summary>
    /// Reads every line of the entity or relation files straight from their bytes, the files in parallel; records and
    /// problems are kept in file and line order, as if read one after another.
    /// </summary>
    private void ReadRecords<T>(string relative, DatasetStrings strings, Func<string, int, RecordFields, (DatasetRecord<T>?, DatasetProblem?)> read, List<DatasetRecord<T>> into)
    {
        var files = Files(relative).ToArray();
        var perFile = new (List<DatasetRecord<T>> Records, List<DatasetProblem> Problems)[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var (name, records, problems) = (NameOf(files[i]), new List<DatasetRecord<T>>(), new List<DatasetProblem>());
            new JsonLines(files[i]).Read((number, line) =>
            {
                if (line.Trim(" \t\r"u8).IsEmpty)
                    return;
                try
                {
                    var (record, problem) = read(name, number, RecordFields.Read(line, strings));
                    if (record is not null)
                        records.Add(record);
                    if (problem is not null)
                        problems.Add(problem);
                }
                catch (JsonException e)
                {
                    problems.Add(new(name, $"line {number}", $"not valid JSON: {e.Message}"));
                }
            });
            perFile[i] = (records, problems);
        });
        foreach (var (records, problems) in perFile)
        {
            into.AddRange(records);
            Problems.AddRange(problems);
        }
    }

    private IEnumerable<(string File, int Line, JsonElement Json)> Lines(string relative)
    {
        foreach (var file in Files(relative))
        {
            var name = NameOf(file);
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

    private static (DatasetRecord<Node>?, DatasetProblem?) ReadNode(string file, int line, RecordFields json)
    {
        var (id, typeName) = (json.Id, json.Type);
        var where = id ?? $"line {line}";
        if (!json.IsObject || id is null || typeName is null || json.Name is not { } name)
            return (null, new(file, where, "an entity needs string fields id, type and name"));
        if (!NodeTypes.TryParse(typeName, out var type))
            return (null, new(file, where, $"unknown entity type '{typeName}'; use one of {string.Join(", ", NodeTypes.All)}"));
        var node = new Node(id, type, name, json.Acronym, json.Aliases, json.Props, json.Sources) { FactSources = json.FactSources };
        return (new(file, line, node), null);
    }

    private static (DatasetRecord<Relation>?, DatasetProblem?) ReadEdge(string file, int line, RecordFields json)
    {
        var (id, typeName, from, to) = (json.Id, json.Type, json.From, json.To);
        var where = id ?? $"line {line}";
        if (!json.IsObject || id is null || typeName is null || from is null || to is null)
            return (null, new(file, where, "a relation needs string fields id, type, from and to"));
        if (!RelationTypes.TryParse(typeName, out var type))
            return (null, new(file, where, $"unknown relation type '{typeName}'; use one of {string.Join(", ", RelationTypes.All.Select(RelationTypes.NameOf))}"));
        return (new(file, line, new Relation(id, type, from, to, json.Props, json.Sources) { FactSources = json.FactSources }), null);
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
            Texts[id] = DocumentText.Read(text);
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
