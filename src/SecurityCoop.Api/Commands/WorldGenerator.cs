using System.Text.Encodings.Web;
using System.Text.Json;
using Bogus;

namespace SecurityCoop.Api.Commands;

/// <summary>What a synthetic world holds: how many states and relations, and the seed that makes it repeatable.</summary>
internal sealed record WorldSize(int States, int Relations, int Seed)
{
    public int Organisations => Math.Max(5, States / 20);

    public int Mechanisms => Math.Max(3, States / 40);

    public int Agreements => Math.Max(5, States / 20);

    public int Themes => Math.Clamp(States / 100, 5, 200);
}

/// <summary>
/// Writes a synthetic world in the <c>data/</c> layout: states, organisations, mechanisms, agreements and themes with
/// Bogus names; heavy-tailed relations (a few bodies hold most memberships, as the UN or ASEAN do) with dates and
/// roles; and one generated source document whose line for each record is the passage its source quotes, so the
/// dataset passes the same validator as the curated one. Records stream to disk as they are made.
/// </summary>
internal sealed class WorldGenerator(WorldSize size, string folder)
{
    public const string Document = "synthetic-world.txt";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Faker faker = new() { Random = new Randomizer(size.Seed) };
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);

    /// <summary>Writes the dataset; <paramref name="progress"/> hears how many records are written of how many.</summary>
    public void Write(Action<long, long> progress)
    {
        var total = (long)size.States + size.Organisations + size.Mechanisms + size.Agreements + size.Themes + size.Relations;
        long written = 0;
        void Step()
        {
            if (++written % 10_000 == 0 || written == total)
                progress(written, total);
        }
        Directory.CreateDirectory(Path.Combine(folder, "entities"));
        Directory.CreateDirectory(Path.Combine(folder, "relations"));
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        int lines;
        using (var passages = new Passages(Path.Combine(folder, "documents", Document)))
        {
            WriteNodes("states", "State", "state", size.States, "state", passages, Step);
            WriteNodes("organisations", "Organisation", "org", size.Organisations, "regional organisation", passages, Step);
            WriteNodes("mechanisms", "Mechanism", "mech", size.Mechanisms, "security dialogue mechanism", passages, Step);
            WriteNodes("agreements", "Agreement", "doc", size.Agreements, "treaty", passages, Step);
            WriteNodes("themes", "Theme", "theme", size.Themes, "theme of cooperation", passages, Step);
            WriteRelations(passages, Step);
            lines = passages.Count;
        }
        File.WriteAllText(Path.Combine(folder, "conflicts.jsonl"), "");
        WriteCatalogue(lines);
    }

    private void WriteNodes(string file, string type, string prefix, int count, string kind, Passages passages, Action step)
    {
        using var output = Writer(Path.Combine("entities", file + ".jsonl"));
        for (var i = 0; i < count; i++)
        {
            var id = $"{prefix}:{prefix[0]}{i}";
            var name = $"{Capitalised(faker.Lorem.Word())} {Capitalised(faker.Address.City())} {Suffix(type)} {i}";
            names[id] = name;
            var quote = $"{name} is a {kind}.";
            Record(output, json =>
            {
                json.WriteString("id", id);
                json.WriteString("type", type);
                json.WriteString("name", name);
                json.WriteStartObject("props");
                json.WriteString("description", $"A synthetic {kind}.");
                json.WriteEndObject();
                Sources(json, quote, passages);
            });
            step();
        }
    }

    private void WriteRelations(Passages passages, Action step)
    {
        var writers = new Dictionary<string, JsonLines>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; i < size.Relations; i++)
            {
                var (type, from, to, verb) = NextRelation();
                if (!writers.TryGetValue(type, out var output))
                    writers[type] = output = Writer(Path.Combine("relations", type.ToLowerInvariant() + ".jsonl"));
                var since = faker.Random.Int(1950, 2023);
                int? until = faker.Random.Double() < 0.15 ? faker.Random.Int(since + 1, 2024) : null;
                var quote = until is { } end ? $"{names[from]} {verb} {names[to]} from {since} to {end}." : $"{names[from]} {verb} {names[to]} since {since}.";
                Record(output, json =>
                {
                    json.WriteString("id", $"rel:{type.ToLowerInvariant()}:{from.Replace(':', '-')}:{to.Replace(':', '-')}:{i}");
                    json.WriteString("type", type);
                    json.WriteString("from", from);
                    json.WriteString("to", to);
                    json.WriteStartObject("props");
                    json.WriteString("since", since.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (until is { } last)
                        json.WriteString("until", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (type == "MEMBER_OF")
                        json.WriteString("role", faker.Random.Double() < 0.2 ? "founding" : "full");
                    json.WriteEndObject();
                    Sources(json, quote, passages);
                });
                step();
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
                writer.Dispose();
        }
    }

    /// <summary>A relation of a weighted type between ends drawn with a heavy tail: rank r is chosen about 1/r as often as the first.</summary>
    private (string Type, string From, string To, string Verb) NextRelation()
    {
        var roll = faker.Random.Double();
        var state = $"state:s{faker.Random.Int(0, size.States - 1)}";
        return roll switch
        {
            < 0.55 => ("MEMBER_OF", state, Body(), "has been a member of"),
            < 0.65 => ("OBSERVER_OF", state, Body(), "has been an observer of"),
            < 0.75 => ("PARTICIPATES_IN", state, $"mech:m{Heavy(size.Mechanisms)}", "has taken part in"),
            < 0.85 => ("SIGNATORY_OF", state, $"doc:d{Heavy(size.Agreements)}", "has been a signatory of"),
            < 0.90 => ("MEMBER_OF", $"org:o{Heavy(size.Organisations)}", $"mech:m{Heavy(size.Mechanisms)}", "has been a member of"),
            < 0.95 => ("ADDRESSES", Body(), $"theme:t{Heavy(size.Themes)}", "has addressed"),
            _ => Cooperation(),
        };
    }

    /// <summary>Two different organisations that cooperate.</summary>
    private (string, string, string, string) Cooperation()
    {
        var a = Heavy(size.Organisations);
        var b = (a + 1 + faker.Random.Int(0, size.Organisations - 2)) % size.Organisations;
        return ("COOPERATES_WITH", $"org:o{a}", $"org:o{b}", "has cooperated with");
    }

    private string Body() => faker.Random.Double() < 0.7 ? $"org:o{Heavy(size.Organisations)}" : $"mech:m{Heavy(size.Mechanisms)}";

    /// <summary>A rank from 0 to count - 1, Zipf-like: a log-uniform draw, so low ranks come far more often.</summary>
    private int Heavy(int count) => Math.Min(count - 1, (int)Math.Floor(Math.Exp(faker.Random.Double() * Math.Log(count + 1)) - 1));

    /// <summary>Adds the passage as the document's next line and cites it.</summary>
    private static void Sources(Utf8JsonWriter json, string quote, Passages passages)
    {
        var line = passages.Cite(quote);
        json.WriteStartArray("sources");
        json.WriteStartObject();
        json.WriteString("document", Document);
        json.WriteNumber("line", line);
        json.WriteString("quote", quote);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteCatalogue(int lines)
    {
        using var output = Writer("documents.jsonl");
        Record(output, json =>
        {
            json.WriteString("id", Document);
            json.WriteString("title", $"A synthetic world of {size.States} states and {size.Relations} relations (seed {size.Seed})");
            json.WriteStartArray("authors");
            json.WriteStringValue("SecurityCoop generate");
            json.WriteEndArray();
            json.WriteNull("year");
            json.WriteString("kind", "synthetic dataset");
            json.WriteString("language", "en");
            json.WriteString("citation", "SecurityCoop, synthetic world");
            json.WriteString("lines", "1-based lines of the UTF-8 text, split at line feeds");
            json.WriteNumber("lineCount", lines);
            json.WriteString("note", "Generated for trying the service at scale; no fact in it is real.");
        });
    }

    private JsonLines Writer(string relative) => new(Path.Combine(folder, relative));

    private static void Record(JsonLines output, Action<Utf8JsonWriter> body) => output.Write(body);

    /// <summary>The generated source document: each cited passage is its next line.</summary>
    private sealed class Passages(string path) : IDisposable
    {
        private readonly StreamWriter writer = new(path, false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };

        public int Count { get; private set; }

        /// <summary>Writes the passage as the next line and gives its 1-based number.</summary>
        public int Cite(string passage)
        {
            writer.WriteLine(passage);
            return ++Count;
        }

        public void Dispose() => writer.Dispose();
    }

    /// <summary>A JSON-lines file: one object per line.</summary>
    private sealed class JsonLines(string path) : IDisposable
    {
        private readonly BufferedStream stream = new(File.Create(path), 1 << 16);
        private Utf8JsonWriter? json;

        public void Write(Action<Utf8JsonWriter> body)
        {
            json ??= new Utf8JsonWriter(stream, Compact);
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }

        public void Dispose()
        {
            json?.Dispose();
            stream.Dispose();
        }
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Suffix(string type) => type switch
    {
        "State" => "Republic",
        "Organisation" => "Organisation",
        "Mechanism" => "Forum",
        "Agreement" => "Accord",
        _ => "Cooperation",
    };
}
