using GraphQL.Types;
using SecurityCoop.Api.Conflicts;
using SecurityCoop.Api.Dataset;
using SecurityCoop.Api.Exports;
using SecurityCoop.Api.Linkage;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Overlaps;
using SecurityCoop.Api.Paths;
using SecurityCoop.Api.Timelines;

namespace SecurityCoop.Api.Schema;

/// <summary>The root of every read: one group of fields per question family.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Lookups, search, paged lists, the overlap, path, linkage, timeline and conflict questions, and network exports.";
        this.AddNodeQueries();
        this.AddOverlapQueries();
        this.AddPathQueries();
        this.AddLinkageQueries();
        this.AddTimelineQueries();
        this.AddConflictQueries();
        this.AddDatasetQueries();
        this.AddNetworkQueries();
    }
}
