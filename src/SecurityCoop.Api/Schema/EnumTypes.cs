using GraphQL.Types;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Api.Schema;

/// <summary>The kinds of node.</summary>
public sealed class NodeTypeEnum : EnumerationGraphType<NodeType>
{
    public NodeTypeEnum()
    {
        Name = "NodeType";
        Description = "The kinds of node; each has a fixed id prefix (state:, org:, mech:, doc:, init:, event:, theme:, group:, person:, place:).";
    }
}

/// <summary>The relation vocabulary.</summary>
public sealed class RelationTypeEnum : EnumerationGraphType<RelationType>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "The fixed vocabulary of relation types. LINKED_TO is the weak, untyped link.";
    }
}

/// <summary>Affiliation roles.</summary>
public sealed class AffiliationRoleEnum : EnumerationGraphType<AffiliationRole>
{
    public AffiliationRoleEnum()
    {
        Name = "AffiliationRole";
        Description = "How a node belongs to a body. A filter naming MEMBER also matches FOUNDING_MEMBER; ACCEDING means accession under way, not membership.";
    }
}

/// <summary>Relation directions.</summary>
public sealed class RelationDirectionEnum : EnumerationGraphType<RelationDirection>
{
    public RelationDirectionEnum()
    {
        Name = "Direction";
        Description = "Which relations of a node to read: those it points from (OUTGOING), to (INCOMING), or both.";
    }
}

/// <summary>Search match quality.</summary>
public sealed class SearchMatchEnum : EnumerationGraphType<SearchMatch>
{
    public SearchMatchEnum()
    {
        Name = "SearchMatch";
        Description = "How a search text matched: the whole name (EXACT), its start (PREFIX), the start of a word (WORD), or anywhere (CONTAINS).";
    }
}

/// <summary>Timeline moment kinds.</summary>
public sealed class TimelineMomentEnum : EnumerationGraphType<TimelineMoment>
{
    public TimelineMomentEnum()
    {
        Name = "TimelineMoment";
        Description = "START and END bound a relation; DATED is a one-off dated relation; SNAPSHOT is a statement true at that date and not known before it.";
    }
}

/// <summary>Date precisions.</summary>
public sealed class DatePrecisionEnum : EnumerationGraphType<SecurityCoop.Core.Dates.DatePrecision>
{
    public DatePrecisionEnum()
    {
        Name = "DatePrecision";
        Description = "How much of a date the sources give: the YEAR only, the MONTH, or the DAY.";
    }
}
