using SecurityCoop.Core.Nodes;

namespace SecurityCoop.Core.Search;

/// <summary>Find nodes by name, acronym or alias, case-insensitively.</summary>
public sealed record SearchQuery(string Text, IReadOnlySet<NodeType>? Types = null, int Limit = 20);

/// <summary>How well a search text matched.</summary>
public enum SearchMatch
{
    Exact,
    Prefix,
    Word,
    Contains,
}

/// <summary>A node found by search, with what matched.</summary>
/// <param name="MatchedField">name, acronym or alias.</param>
public sealed record SearchHit(Node Node, SearchMatch Match, string MatchedField, string MatchedText);
