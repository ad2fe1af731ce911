using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Overlaps;

/// <summary>
/// The one store call that fetches every operand's raw material: the affiliations of each body (asked once however
/// many operands name it), the relations of each node, and the listed ids.
/// </summary>
internal sealed class MaterialPlan
{
    private readonly List<AffiliationRequest> affiliations = [];
    private readonly List<RelationRequest> relations = [];
    private readonly int[] requestOf;

    public MaterialPlan(IReadOnlyList<NamedOperand> operands)
    {
        requestOf = new int[operands.Count];
        var ids = new List<string>();
        for (var i = 0; i < operands.Count; i++)
        {
            switch (operands[i].Operand)
            {
                case AffiliatesOperand a:
                    var request = new AffiliationRequest(a.Body, AffiliationSide.MembersOfBodies, a.ThroughMembers);
                    requestOf[i] = affiliations.IndexOf(request) is var at and >= 0 ? at : Add(affiliations, request);
                    break;
                case NeighboursOperand n:
                    requestOf[i] = Add(relations, new RelationRequest(n.Node, n.Direction, n.RelationTypes));
                    break;
                case IdsOperand listed:
                    ids.AddRange(listed.Ids);
                    break;
            }
        }
        Query = new MaterialQuery(ids.Distinct().ToList(), affiliations, relations);
    }

    public MaterialQuery Query { get; }

    /// <summary>Which affiliation or relation request of <see cref="Query"/> serves operand <paramref name="index"/>.</summary>
    public int RequestOf(int index) => requestOf[index];

    private static int Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return list.Count - 1;
    }
}
