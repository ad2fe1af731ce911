using GraphQL.Types;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Api.Sources;

/// <summary>Provenance of a fact.</summary>
public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from: the source document, the line in it (1-based) and a verbatim quote of that line.";
        Field(s => s.Document).Description("File name of the source document.");
        Field(s => s.Line).Description("1-based line number in the document.");
        Field(s => s.Quote).Description("Verbatim text of that line that states the fact.");
    }
}
