using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Overlaps;

/// <summary>
/// The overlap family's question service: intersections, unions and differences of operands, their pairwise
/// figures and comparisons. Every question validates its operands here, asks the store for all their raw material in
/// one call, and computes the answer once, so every store gives the same answer by construction.
/// </summary>
public sealed class SetQuestions(IGraphStore store, QueryLimits limits)
{
    /// <summary>The nodes in every <c>all</c> operand, in at least one <c>any</c> operand (when given) and in no <c>none</c> operand.</summary>
    public async Task<SetAnswer> CombineAsync(SetQuestion question, CancellationToken cancellationToken)
    {
        var names = question.Names ?? new SetPartNames();
        var named = Named(question, names);
        if (named.All(o => o.Part == SetPart.None))
            throw StoreException.Invalid($"Name at least one operand in '{names.All}' or '{names.Any}': '{names.None}' only takes nodes away.");
        var sets = await EvaluateAsync(named, cancellationToken);
        var all = sets.Where(s => s.Summary.Part == SetPart.All).ToList();
        var any = sets.Where(s => s.Summary.Part == SetPart.Any).ToList();
        var none = sets.Where(s => s.Summary.Part == SetPart.None).ToList();
        var candidates = all.Count > 0 ? all.MinBy(s => s.Count)!.Ids : any.SelectMany(s => s.Ids).Distinct();
        var members = candidates
            .Where(id => all.All(s => s.Contains(id)) && (any.Count == 0 || any.Any(s => s.Contains(id))) && !none.Any(s => s.Contains(id)))
            .Order(StringComparer.Ordinal);
        return new SetAnswer([.. sets.Select(s => s.Summary)], [.. members.Select(id => OperandSet.Member(id, [.. all, .. any]))]);
    }

    /// <summary>Sizes, intersection, union and Jaccard index of every pair among two or more operands.</summary>
    /// <param name="name">What the caller calls the list, for errors: <c>operands</c>, <c>bodies</c>.</param>
    public async Task<SetMatrix> MatrixAsync(IReadOnlyList<SetOperand> operands, string name, CancellationToken cancellationToken)
    {
        if (operands.Count < 2)
            throw StoreException.Invalid($"An overlap matrix needs at least two operands in '{name}'.");
        var sets = await EvaluateAsync([.. operands.Select((o, i) => new NamedOperand($"{name}[{i}]", SetPart.All, o))], cancellationToken);
        var cells = new List<SetCell>();
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
                cells.Add(sets[i].Cell(sets[j]));
        }
        return new SetMatrix([.. sets.Select(s => s.Summary)], cells);
    }

    /// <summary>Two operands compared: the figures, and who is in both, only in <paramref name="a"/>, only in <paramref name="b"/>.</summary>
    public async Task<SetComparison> CompareAsync(SetOperand a, SetOperand b, CancellationToken cancellationToken)
    {
        var sets = await EvaluateAsync([new("a", SetPart.All, a), new("b", SetPart.All, b)], cancellationToken);
        var (first, second) = (sets[0], sets[1]);
        return new SetComparison(first.Cell(second),
            [.. first.Ids.Where(second.Contains).Order(StringComparer.Ordinal).Select(id => OperandSet.Member(id, sets))],
            [.. first.Ids.Where(id => !second.Contains(id)).Order(StringComparer.Ordinal).Select(id => OperandSet.Member(id, [first]))],
            [.. second.Ids.Where(id => !first.Contains(id)).Order(StringComparer.Ordinal).Select(id => OperandSet.Member(id, [second]))]);
    }

    private static List<NamedOperand> Named(SetQuestion question, SetPartNames names) =>
        [.. Part(question.All, names.All, SetPart.All), .. Part(question.Any, names.Any, SetPart.Any), .. Part(question.None, names.None, SetPart.None)];

    private static IEnumerable<NamedOperand> Part(IReadOnlyList<SetOperand>? operands, string name, SetPart part) =>
        (operands ?? []).Select((o, i) => new NamedOperand($"{name}[{i}]", part, o));

    private async Task<IReadOnlyList<OperandSet>> EvaluateAsync(IReadOnlyList<NamedOperand> operands, CancellationToken cancellationToken)
    {
        QueryLimits.Check("The number of operands", operands.Count, limits.MaxBodies);
        foreach (var operand in operands)
            operand.Validate(limits);
        await CheckDocumentsAsync(operands, cancellationToken);
        var plan = new MaterialPlan(operands);
        var material = await store.GetMaterialAsync(plan.Query, cancellationToken);
        return [.. operands.Select((o, i) => OperandSet.Evaluate(o, material, plan.RequestOf(i)))];
    }

    /// <summary>A documents filter naming a document the catalogue does not hold is a mistake, not an empty answer.</summary>
    private async Task CheckDocumentsAsync(IReadOnlyList<NamedOperand> operands, CancellationToken cancellationToken)
    {
        var named = operands.SelectMany(o => o.Documents.Select(d => (Operand: o.Name, Document: d))).ToList();
        if (named.Count == 0)
            return;
        var known = (await store.GetDocumentsAsync([.. named.Select(n => n.Document).Distinct(StringComparer.Ordinal)], cancellationToken))
            .Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (operand, document) in named.Where(n => !known.Contains(n.Document)))
            throw StoreException.Invalid($"{operand}: no catalogued document is called '{document}'; the 'documents' query lists them.");
    }
}
