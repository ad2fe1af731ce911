using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Overlaps;

/// <summary>An operand with its place in the question, which every error about it names.</summary>
internal sealed record NamedOperand(string Name, SetPart Part, SetOperand Operand)
{
    /// <summary>The source documents the operand's filter names.</summary>
    public IEnumerable<string> Documents => Operand switch
    {
        AffiliatesOperand a => a.Filter.Facts?.Documents ?? (IEnumerable<string>)[],
        NeighboursOperand n => n.Facts?.Documents ?? (IEnumerable<string>)[],
        _ => [],
    };

    /// <summary>Throws INVALID_ARGUMENT or LIMIT_EXCEEDED, naming the operand, for what no store needs to be asked about.</summary>
    public void Validate(QueryLimits limits)
    {
        switch (Operand)
        {
            case AffiliatesOperand a:
                Require(a.Body, "body");
                CheckRange(a.Filter.Facts?.Since);
                break;
            case NeighboursOperand n:
                Require(n.Node, "node");
                CheckRange(n.Facts?.Since);
                break;
            case IdsOperand ids:
                if (ids.Ids.Count == 0)
                    throw StoreException.Invalid($"{Name}: 'ids' is an empty list; list at least one node id.");
                QueryLimits.Check($"{Name}: the number of ids", ids.Ids.Count, limits.MaxResults);
                break;
        }
    }

    private void Require(string id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
            throw StoreException.Invalid($"{Name}: '{field}' is empty; give a node id such as 'org:sco'.");
    }

    private void CheckRange(Dates.DateRange? range)
    {
        if (range?.Problem() is { } problem)
            throw new StoreException(ErrorCodes.BadDate, $"{Name}: the 'since' range is wrong: {problem}");
    }
}
