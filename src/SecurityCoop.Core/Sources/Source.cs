namespace SecurityCoop.Core.Sources;

/// <summary>Where a fact comes from: a source document, a 1-based line in it, and a verbatim quote of that line.</summary>
public sealed record Source(string Document, int Line, string Quote);
