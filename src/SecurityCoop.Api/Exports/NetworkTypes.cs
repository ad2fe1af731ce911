using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Sources;
using SecurityCoop.Core.Exports;

namespace SecurityCoop.Api.Exports;

/// <summary>A node-link network, materialised for GraphQL.</summary>
public sealed record NetworkAnswer(NetworkMetadata Metadata, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);

/// <summary>GraphQL shape of <see cref="NetworkAnswer"/>.</summary>
public sealed class NetworkType : ObjectGraphType<NetworkAnswer>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "A node-link network for visualisation: nodes, edges (parallel edges allowed) and what produced it.";
        Field<NonNullGraphType<NetworkMetadataType>>("metadata").Description("The data release, scope and filters.").Resolve(c => c.Source.Metadata);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Description("The nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("The edges, each with its own id.").Resolve(c => c.Source.Edges);
    }
}

/// <summary>Export metadata.</summary>
public sealed class NetworkMetadataType : ObjectGraphType<NetworkMetadata>
{
    public NetworkMetadataType()
    {
        Name = "NetworkMetadata";
        Description = "Which data release and filters produced a network.";
        Field(m => m.Release).Description("The data release, e.g. data-7a27bfe22748 (a hash of the dataset files).");
        Field(m => m.Scope).Description("whole, ego, overlap, paths or linkage.");
        Field<NonNullGraphType<StringGraphType>>("generated").Description("When it was made (ISO 8601).").Resolve(c => c.Source.GeneratedText);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("filters").Description("The filters, by name.").Resolve(c => c.Source.Filters);
    }
}

/// <summary>A network node.</summary>
public sealed class NetworkNodeType : ObjectGraphType<NetworkNode>
{
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Description = "A node of a network: stable id, type, display label and properties.";
        Field(n => n.Id).Description("The node id.");
        Field(n => n.Type).Description("The node type.");
        Field(n => n.Label).Description("The display label (the name).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties").Description("Properties as text.").Resolve(c => c.Source.Properties);
    }
}

/// <summary>A network edge.</summary>
public sealed class NetworkEdgeType : ObjectGraphType<NetworkEdge>
{
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Description = "An edge of a network, with its own id (parallel edges allowed), type, ends, dates, properties and sources.";
        Field(e => e.Id).Description("The relation id.");
        Field(e => e.Type).Description("The relation type, e.g. MEMBER_OF.");
        Field(e => e.Source).Description("The id of the node it points from.");
        Field(e => e.Target).Description("The id of the node it points to.");
        Field<DateValueType>("since").Description("Start (since, else date, else the snapshot date).").Resolve(c => c.Source.Since);
        Field<DateValueType>("until").Description("End, recorded or implied by a role change.").Resolve(c => c.Source.Until);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties").Description("Properties as text (role, precision, ...).").Resolve(c => c.Source.Properties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the relation is stated.").WithComplexityImpact(1, 3).Resolve(c => c.Source.Sources);
    }
}

/// <summary>A file-format export, as text.</summary>
public sealed record ExportFile(string Format, string MediaType, string FileName, string Content);

/// <summary>GraphQL shape of <see cref="ExportFile"/>.</summary>
public sealed class ExportFileType : ObjectGraphType<ExportFile>
{
    public ExportFileType()
    {
        Name = "ExportFile";
        Description = "A network in one of the file formats visualisation tools read, with its media type and a file name.";
        Field(f => f.Format).Description("The format name, e.g. graphml.");
        Field(f => f.MediaType).Description("The media type, e.g. application/graphml+xml.");
        Field(f => f.FileName).Description("A file name for saving it.");
        Field(f => f.Content).Description("The file's text.");
    }
}

/// <summary>Export scopes.</summary>
public sealed class ExportScopeEnum : EnumerationGraphType<ExportScopeKind>
{
    public ExportScopeEnum()
    {
        Name = "NetworkScope";
        Description = "WHOLE graph; EGO network of center to depth; the answer to an OVERLAP of bodies, the k PATHS between from and to, or the LINKAGE of center within depth.";
    }
}
