using GraphQL.Builders;
using GraphQL.Types;
using SecurityCoop.Api.Dates;

namespace SecurityCoop.Api.Schema;

/// <summary>The arguments many fields share, declared once so they read the same everywhere.</summary>
internal static class FieldArguments
{
    public static FieldBuilder<TSource, TReturn> AsOfArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<PartialDateGraphType>("asOf",
            "Only relations that hold at the end of this year, month or day. Undated relations are taken to hold; a snapshot (\"members in 2023\") holds from its date on.");

    public static FieldBuilder<TSource, TReturn> UnestablishedArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<BooleanGraphType>("includeUnestablished",
            "Also use relations with a status (proposed, planned, agreed, ...), which are not established facts. Default false.",
            a => a.DefaultValue = false);

    public static FieldBuilder<TSource, TReturn> RelationTypesArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name = "relationTypes") =>
        field.Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>(name, "Only these relation types; leave out for all.");

    public static FieldBuilder<TSource, TReturn> NodeTypesArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name = "nodeTypes") =>
        field.Argument<ListGraphType<NonNullGraphType<NodeTypeEnum>>>(name, "Only nodes of these types; leave out for all.");

    public static FieldBuilder<TSource, TReturn> RolesArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<ListGraphType<NonNullGraphType<AffiliationRoleEnum>>>("roles",
            "Only these roles; default FOUNDING_MEMBER, MEMBER and PARTICIPANT. MEMBER also matches founding members.");

    /// <summary>The documents and start-range filters, which every field that lists facts takes.</summary>
    public static FieldBuilder<TSource, TReturn> ProvenanceArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("documents",
                "Only facts that one of these source documents reports (the document of a source, e.g. \"000_fd036e14e5f0e6b0.txt\").")
            .Argument<DateRangeInputType>("since",
                "Only relations whose start (since, or date) falls in this range; undated relations fall in none. A tie through an organisation starts at the later of its two starts.");

    public static FieldBuilder<TSource, TReturn> WeakLinksArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<BooleanGraphType>("excludeWeakLinks", "Leave out LINKED_TO hops. Default false.", a => a.DefaultValue = false);
}
