using System.Text;
using GraphQL.Types;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Nodes;

/// <summary>A page of nodes: the page's items and cursors, and how to ask for the next page.</summary>
public sealed record NodeConnection(NodePage Page);

/// <summary>Opaque cursors: the id of the node a page ends at, so a cursor stays valid when other nodes come and go.</summary>
internal static class NodeCursor
{
    private const string Version = "v1:";

    public static string Encode(string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Version + id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            if (text.StartsWith(Version, StringComparison.Ordinal) && text.Length > Version.Length)
                return text[Version.Length..];
        }
        catch (FormatException)
        {
        }
        throw new StoreException(ErrorCodes.BadCursor, $"'{cursor}' is not a cursor from this API; pass the endCursor of a previous page, or leave 'after' out.");
    }
}

/// <summary>GraphQL shape of a page of nodes, Relay style.</summary>
public sealed class NodeConnectionType : ObjectGraphType<NodeConnection>
{
    public NodeConnectionType()
    {
        Name = "NodeConnection";
        Description = "A page of nodes in id order. Pass pageInfo.endCursor as 'after' for the next page; cursors are node positions, stable across requests.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeConnectionEdgeType>>>>("edges").Description("The page's nodes with their cursors.")
            .Resolve(c => c.Source.Page.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The page's nodes.").Resolve(c => c.Source.Page.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits.").Resolve(c => c.Source.Page);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many nodes match, over all pages.").Resolve(c => c.Source.Page.TotalCount);
    }
}

/// <summary>A node with its cursor.</summary>
public sealed class NodeConnectionEdgeType : ObjectGraphType<Node>
{
    public NodeConnectionEdgeType()
    {
        Name = "NodeConnectionEdge";
        Description = "A node in a page, with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor for this node.").Resolve(c => NodeCursor.Encode(c.Source.Id));
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source);
    }
}

/// <summary>Relay page info.</summary>
public sealed class PageInfoType : ObjectGraphType<NodePage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Whether more pages exist, and the cursors at this page's ends.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More nodes follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Nodes come before this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first node, if any.")
            .Resolve(c => c.Source.Nodes.Count > 0 ? NodeCursor.Encode(c.Source.Nodes[0].Id) : null);
        Field<StringGraphType>("endCursor").Description("Cursor of the last node, if any.")
            .Resolve(c => c.Source.Nodes.Count > 0 ? NodeCursor.Encode(c.Source.Nodes[^1].Id) : null);
    }
}
