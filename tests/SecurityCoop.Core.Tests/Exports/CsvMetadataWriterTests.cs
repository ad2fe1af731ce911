using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class CsvMetadataWriterTests
{
    [Fact]
    public async Task Writes_one_name_value_row_per_metadata_entry()
    {
        var rows = CsvTable.Rows(await WriteTextAsync(new CsvMetadataWriter()));

        Assert.Equal(
            [("release", "2024.1"), ("scope", "org:x neighbourhood"), ("generated", "2025-03-04T05:06:07+00:00"),
             ("filter.asOf", "2010"), ("filter.roles", "MEMBER, OBSERVER")],
            rows.Select(r => (r["name"], r["value"])));
    }

    [Fact]
    public async Task Names_each_catalogued_document_by_citation_and_title_in_every_formats_metadata()
    {
        var thesis = new SecurityCoop.Core.Sources.SourceDocument("t.txt", "A Thesis", ["A. Author"], 2024, "PhD thesis", "en", "Author, A Thesis (2024)", "1-based");
        var document = Document with { Metadata = Metadata with { Documents = [thesis] } };

        var rows = CsvTable.Rows(await WriteTextAsync(new CsvMetadataWriter(), document));
        var json = System.Text.Json.JsonDocument.Parse(await WriteTextAsync(new NodeLinkJsonWriter(), document)).RootElement;

        Assert.Equal("Author, A Thesis (2024): A Thesis", rows.Single(r => r["name"] == "document.t.txt")["value"]);
        Assert.Equal("A Thesis", json.GetProperty("graph").GetProperty("documents").GetProperty("t.txt").GetProperty("title").GetString());
    }
}
