using GraphQL.Types;

namespace SecurityCoop.Api.Exports;

/// <summary>Whether an export's nodes get positions, and from which layout.</summary>
public enum ExportLayout
{
    None,
    Force,
}

/// <summary>GraphQL shape of <see cref="ExportLayout"/>; <c>GET /export/{format}</c> takes the same values as <c>layout=none|force</c>.</summary>
public sealed class ExportLayoutEnum : EnumerationGraphType<ExportLayout>
{
    public ExportLayoutEnum()
    {
        Name = "ExportLayout";
        Description = "Positions for the nodes of an export: NONE (the default) or FORCE, a deterministic force-directed layout computed on the server (Fruchterman-Reingold; the same graph always gets the same positions), for exports of at most QueryLimits:MaxLayoutNodes nodes (2000 by default).";
    }
}
