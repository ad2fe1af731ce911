using System.Text.RegularExpressions;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>Checks the rules every dataset must keep; each broken rule becomes a problem naming file and record.</summary>
internal static partial class DatasetValidator
{
    private static readonly string[] DateProps = ["since", "until", "date", "as_of", "founded", "established", "dissolved", "first_meeting"];
    private static readonly HashSet<string> MemberRoles = ["founding", "full", "acceding"];
    private static readonly string[] HedgeProps = ["source_view", "source_claim", "certainty", "claim_by"];

    public static void Validate(DatasetReader data)
    {
        var problems = data.Problems;
        var sources = new SourceCheck(data, problems);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in data.Nodes)
            CheckNode(record, ids, sources, problems);
        var nodeIds = data.Nodes.Select(n => n.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var record in data.Relations)
            CheckRelation(record, ids, nodeIds, sources, problems);
        var relationIds = data.Relations.Select(e => e.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, _, conflict) in data.Conflicts)
        {
            Unique(file, conflict.Id, ids, problems);
            if (!ConflictId().IsMatch(conflict.Id))
                problems.Add(new(file, conflict.Id, "a conflict id looks like conflict:slug"));
            if (!nodeIds.Contains(conflict.Subject))
                problems.Add(new(file, conflict.Id, $"subject '{conflict.Subject}' is not an entity id"));
            if (conflict.Claims.Count < 2)
                problems.Add(new(file, conflict.Id, "a conflict needs at least two claims"));
            if (conflict.Claims.Any(c => c.Nodes is not null) && conflict.Claims.Any(c => c.Nodes is null))
                problems.Add(new(file, conflict.Id, "some claims are sets of nodes and others are not; give every claim its 'nodes' or none"));
            foreach (var claim in conflict.Claims)
            {
                sources.Check(file, conflict.Id, claim.Sources);
                foreach (var missing in claim.Relations.Where(r => !relationIds.Contains(r)))
                    problems.Add(new(file, conflict.Id, $"claim '{claim.Value}' names relation '{missing}', which does not exist"));
                if (claim.Nodes is { Count: 0 })
                    problems.Add(new(file, conflict.Id, $"claim '{claim.Value}' has an empty 'nodes' list; list the nodes it names or leave 'nodes' out"));
                foreach (var missing in (claim.Nodes ?? []).Where(n => !nodeIds.Contains(n)))
                    problems.Add(new(file, conflict.Id, $"claim '{claim.Value}' names node '{missing}', which is not an entity id"));
            }
        }
        AuditRules.Check(data, problems);
    }

    private static void CheckNode(DatasetRecord<Node> record, HashSet<string> ids, SourceCheck sources, List<DatasetProblem> problems)
    {
        var (file, _, node) = record;
        Unique(file, node.Id, ids, problems);
        if (!NodeId().IsMatch(node.Id) || NodeTypes.FromId(node.Id) != node.Type)
            problems.Add(new(file, node.Id, $"id must be '{NodeTypes.PrefixOf(node.Type)}:slug' (lower-case letters, digits, hyphens) for type {node.Type}"));
        CheckDates(file, node.Id, node.Props, problems);
        sources.Check(file, node.Id, node.Sources);
        CheckFactSources(file, node.Id, node.FactSources, [.. Facts.Keys(node)], sources, problems);
    }

    private static void CheckRelation(DatasetRecord<Relation> record, HashSet<string> ids, HashSet<string> nodeIds, SourceCheck sources, List<DatasetProblem> problems)
    {
        var (file, _, relation) = record;
        Unique(file, relation.Id, ids, problems);
        var prefix = $"rel:{RelationTypes.NameOf(relation.Type).ToLowerInvariant()}:";
        if (!relation.Id.StartsWith(prefix, StringComparison.Ordinal))
            problems.Add(new(file, relation.Id, $"a {RelationTypes.NameOf(relation.Type)} relation id starts with '{prefix}'"));
        foreach (var end in new[] { relation.From, relation.To }.Where(e => !nodeIds.Contains(e)))
            problems.Add(new(file, relation.Id, $"end '{end}' is not an entity id"));
        if (relation.Type == RelationType.MemberOf && relation.Role is { } role && !MemberRoles.Contains(role))
            problems.Add(new(file, relation.Id, $"MEMBER_OF role '{role}' is not one of founding, full, acceding"));
        if (relation.Start is { } start && relation.RecordedUntil is { } until && until.Start.CompareAtCommonPrecision(start.Start) < 0)
            problems.Add(new(file, relation.Id, $"until {until.Text} is before its start {start.Text}"));
        if (relation.Type == RelationType.DisputeWith && relation.Prop("period") is { } period && YearRange().IsMatch(period)
            && relation.Start is null && relation.RecordedUntil is null && relation.AsOf is null)
            problems.Add(new(file, relation.Id, $"the dispute's period '{period}' gives years the engine cannot see; set since and until (the year it ended) as well"));
        if (relation.IsEstablished && Hedge(relation) is { } hedge)
            problems.Add(new(file, relation.Id, $"reads as not established ({hedge}); set status (proposed, planned, ...) or reword it"));
        CheckDates(file, relation.Id, relation.Props, problems);
        sources.Check(file, relation.Id, relation.Sources);
        CheckFactSources(file, relation.Id, relation.FactSources, [.. relation.Props.Keys], sources, problems);
    }

    /// <summary>Per-fact sources name a fact the record has, and each source follows the source rules.</summary>
    private static void CheckFactSources(string file, string id, IReadOnlyDictionary<string, IReadOnlyList<Source>> factSources,
        HashSet<string> keys, SourceCheck sources, List<DatasetProblem> problems)
    {
        foreach (var (key, list) in factSources)
        {
            if (!keys.Contains(key))
                problems.Add(new(file, id, $"factSources names '{key}', which is not one of its facts (name, acronym, alias:<alias> or a prop)"));
            else
                sources.Check(file, id, list, key);
        }
    }

    /// <summary>A hedge the record keeps outside <c>status</c>: a view or claim field calling it a proposal, or a <c>how</c> that only proposes it.</summary>
    private static string? Hedge(Relation relation)
    {
        foreach (var key in HedgeProps)
        {
            if (relation.Prop(key) is { } text && HedgeWords().IsMatch(text))
                return $"{key}: '{text}'";
        }
        return relation.Prop("how") is { } how && ProposingHow().IsMatch(how) ? $"how: '{how}'" : null;
    }

    private static void CheckDates(string file, string id, IReadOnlyDictionary<string, string> props, List<DatasetProblem> problems)
    {
        foreach (var key in DateProps)
        {
            if (props.TryGetValue(key, out var text) && !DateValue.TryParse(text, out _))
                problems.Add(new(file, id, $"{key} '{text}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or start/end; put wording in date_text"));
        }
    }

    private static void Unique(string file, string id, HashSet<string> ids, List<DatasetProblem> problems)
    {
        if (!ids.Add(id))
            problems.Add(new(file, id, "id is used more than once"));
    }

    [GeneratedRegex("^[a-z]+:[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"\b(proposal|proposed|potential|could|suggest\w*|envisag\w*|planned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeWords();

    [GeneratedRegex(@"^(could|potential|calls? for greater|proposed|suggested|envisaged|planned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposingHow();

    [GeneratedRegex(@"^\d{4}\s*[–-]\s*\d{4}$")]
    private static partial Regex YearRange();

    [GeneratedRegex("^conflict:[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ConflictId();
}
