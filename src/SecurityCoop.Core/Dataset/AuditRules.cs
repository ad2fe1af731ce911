using System.Text.RegularExpressions;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// The rules of the dataset audit (logged in <c>data/CURATION.md</c>) that can be checked mechanically. The rules that
/// need the documents' texts apply only where the texts are kept in <c>documents/</c>.
/// </summary>
internal static partial class AuditRules
{
    private static readonly string[] NodeDates = ["founded", "established", "first_meeting", "date", "since"];

    /// <summary>The date facts whose own passages must give their year (an <c>until</c> may be the year after a period).</summary>
    private static readonly string[] StartDates = ["founded", "established", "first_meeting", "dissolved", "date", "since"];

    public static void Check(DatasetReader data, List<DatasetProblem> problems)
    {
        NamesAsTheTextsUseThem(data, problems);
        OfficeHolders(data, problems);
        ReferenceListOnly(data, problems);
        NodeDatesOnTheNode(data, problems);
        DatePassagesGiveTheYear(data, problems);
    }

    /// <summary>
    /// Every acronym and alias is one a document uses, no alias is another node's name, and the passages cited for a
    /// name, acronym or alias use it.
    /// </summary>
    private static void NamesAsTheTextsUseThem(DatasetReader data, List<DatasetProblem> problems)
    {
        var texts = data.Texts.Values.Select(text => string.Join('\n', text.Lines)).ToList();
        var names = data.Nodes.GroupBy(n => n.Value.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Value.Id).ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var (file, _, node) in data.Nodes)
        {
            var labels = node.Aliases.Select(a => (Key: Facts.AliasKey(a), Kind: "alias", Value: a)).ToList();
            if (node.Acronym is { } acronym)
                labels.Add(("acronym", "acronym", acronym));
            foreach (var (key, kind, value) in labels)
            {
                if (texts.Count > 0 && !texts.Any(t => UsesWord(t, value)))
                    problems.Add(new(file, node.Id, $"{kind} '{value}' is used by neither document; keep only the names the texts use"));
                if (kind == "alias" && names.TryGetValue(value, out var owners) && owners.Any(o => o != node.Id))
                    problems.Add(new(file, node.Id, $"alias '{value}' is the name of {string.Join(", ", owners.Where(o => o != node.Id))}; an alias names this node only"));
                UsedByItsSources(file, node, key, value, problems);
            }
            UsedByItsSources(file, node, "name", node.Name, problems);
        }
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="value"/> as a whole word or phrase ("ECO" is not in "economic").</summary>
    private static bool UsesWord(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }

    /// <summary>The passages cited for a start date (founded, date, since, ...) give its year.</summary>
    private static void DatePassagesGiveTheYear(DatasetReader data, List<DatasetProblem> problems)
    {
        var records = data.Nodes.Select(n => (n.File, n.Value.Id, n.Value.Props, n.Value.FactSources))
            .Concat(data.Relations.Select(r => (r.File, r.Value.Id, r.Value.Props, r.Value.FactSources)));
        foreach (var (file, id, props, factSources) in records)
        {
            foreach (var key in StartDates)
            {
                if (props.TryGetValue(key, out var value) && value.Length >= 4 && factSources.GetValueOrDefault(key) is { Count: > 0 } passages
                    && !passages.Any(p => p.Quote.Contains(value[..4], StringComparison.Ordinal)))
                    problems.Add(new(file, id, $"no passage cited for '{key}' gives the year {value[..4]}; cite the one that dates it"));
            }
        }
    }

    private static void UsedByItsSources(string file, Node node, string key, string value, List<DatasetProblem> problems)
    {
        foreach (var source in node.FactSources.GetValueOrDefault(key) ?? [])
        {
            if (!source.Quote.Contains(value, StringComparison.OrdinalIgnoreCase))
                problems.Add(new(file, node.Id, $"source of '{key}' (line {source.Line}) does not use '{value}'; cite a passage that does"));
        }
    }

    /// <summary>
    /// An office holder names the office (<c>title</c>); a passage that calls the holder former or then-holder needs an
    /// end: a recorded <c>until</c>, or a later holder of the same office whose start ends the tenure.
    /// </summary>
    private static void OfficeHolders(DatasetReader data, List<DatasetProblem> problems)
    {
        var holders = data.Relations.Where(r => r.Value.Type == RelationType.HoldsPositionIn).ToList();
        var ended = OfficeSuccession.ApplyImpliedEnds([.. holders.Select(h => h.Value)]).Where(r => r.Until is not null)
            .Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, _, holder) in holders)
        {
            if (holder.Prop("title") is null)
                problems.Add(new(file, holder.Id, "an office holder needs a title (the office, e.g. Secretary-General) so holders of one office can be told apart"));
            else if (holder.IsEstablished && !ended.Contains(holder.Id) && holder.Sources.FirstOrDefault(s => FormerHolder().IsMatch(s.Quote)) is { } former)
                problems.Add(new(file, holder.Id, $"line {former.Line} calls the holder former or then-holder, but the tenure has no end; set until, or date the successor"));
        }
    }

    /// <summary>A relation whose every source lies in its document's reference list says so in <c>evidence</c>.</summary>
    private static void ReferenceListOnly(DatasetReader data, List<DatasetProblem> problems)
    {
        var references = data.Documents.Where(d => d.Value.References is not null).DistinctBy(d => d.Value.Id)
            .ToDictionary(d => d.Value.Id, d => d.Value.References!.Value, StringComparer.Ordinal);
        foreach (var (file, _, relation) in data.Relations)
        {
            if (relation.Evidence is null && relation.Sources.Count > 0
                && relation.Sources.All(s => references.TryGetValue(s.Document, out var span) && span.Contains(s.Line)))
                problems.Add(new(file, relation.Id, $"rests only on the reference list (line {relation.Sources[0].Line}); cite the text's own statement, or mark it evidence: implied"));
        }
    }

    /// <summary>
    /// A body's founding date or an event's date that a relation states sits on the node as well (unless a conflict
    /// record is about that node, and says why it keeps none).
    /// </summary>
    private static void NodeDatesOnTheNode(DatasetReader data, List<DatasetProblem> problems)
    {
        var nodes = data.Nodes.DistinctBy(n => n.Value.Id).ToDictionary(n => n.Value.Id, n => n.Value, StringComparer.Ordinal);
        var disputed = data.Conflicts.Select(c => c.Value.Subject).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, _, relation) in data.Relations)
        {
            if (relation.Type is not (RelationType.EstablishedBy or RelationType.HeldIn) || relation.Start is not { } start
                || !nodes.TryGetValue(relation.From, out var node) || disputed.Contains(node.Id) || NodeDates.Any(node.Props.ContainsKey))
                continue;
            var key = relation.Type == RelationType.EstablishedBy ? "founded" : "date";
            problems.Add(new(file, relation.Id, $"states {start.Text} for {node.Id}, which has no date of its own; put {key} on the node with its source"));
        }
    }

    [GeneratedRegex(@"\bformer\b|\bthen-", RegexOptions.IgnoreCase)]
    private static partial Regex FormerHolder();
}
