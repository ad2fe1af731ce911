using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Api.Sources;

/// <summary>Provenance of a fact.</summary>
public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from: the source document, the line in it (1-based) and a verbatim quote of that line.";
        Field(s => s.Document).Description("File name of the source document: its id in the catalogue ('documents').");
        Field(s => s.Line).Description("1-based line number in the document.");
        Field(s => s.Quote).Description("Verbatim text of that line that states the fact.");
        Field<StringGraphType>("title").Description("The document's title, from the catalogue.")
            .Resolve(c => c.LoadDocument(c.Source.Document).Select(d => d?.Title));
        Field<StringGraphType>("citation").Description("A short citation of the document and line, e.g. \"Honrada, ... (PhD thesis, 2024), line 539\".")
            .Resolve(c => c.LoadDocument(c.Source.Document).Select(d => d is null ? null : $"{d.Citation}, line {c.Source.Line}"));
        Field<SourceDocumentType>("catalogue").Description("The document's catalogue record: title, authors, year, kind, language.")
            .Resolve(c => c.LoadDocument(c.Source.Document));
    }
}

/// <summary>GraphQL shape of <see cref="SourceDocument"/>.</summary>
public sealed class SourceDocumentType : ObjectGraphType<SourceDocument>
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        Description = "A document the dataset cites, as the catalogue describes it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The file name sources name in 'document'.").Resolve(c => c.Source.Id);
        Field(d => d.Title).Description("The title as the document gives it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("authors").Description("Its authors, as the document names them.").Resolve(c => c.Source.Authors);
        Field<IntGraphType>("year").Description("Year of the document, where it gives one.").Resolve(c => c.Source.Year);
        Field(d => d.Kind).Description("Book chapter, PhD thesis, ...");
        Field(d => d.Language).Description("Language of the text (ISO 639-1).");
        Field(d => d.Citation).Description("A short citation a reader recognises.");
        Field<NonNullGraphType<StringGraphType>>("lines").Description("How the lines that sources cite are counted.").Resolve(c => c.Source.LineCounting);
        Field<IntGraphType>("lineCount").Description("How many lines the document has, counted that way.").Resolve(c => c.Source.LineCount);
        Field<StringGraphType>("publisher").Description("Publisher or institution, where the document names one.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("note").Description("What the catalogue adds about the document.").Resolve(c => c.Source.Note);
    }
}
