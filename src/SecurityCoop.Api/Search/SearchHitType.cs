using GraphQL.Types;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Search;

namespace SecurityCoop.Api.Search;

/// <summary>A search result.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node whose name, acronym or alias matched, with what matched and how well.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node found.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<SearchMatchEnum>>("match").Description("How well it matched.").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<StringGraphType>>("matchedField").Description("name, acronym or alias.").Resolve(c => c.Source.MatchedField);
        Field<NonNullGraphType<StringGraphType>>("matchedText").Description("The name, acronym or alias that matched.").Resolve(c => c.Source.MatchedText);
    }
}
