using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class CsvNodeListWriterTests
{
    [Fact]
    public async Task Starts_with_the_header_and_gives_every_property_a_column_in_name_order()
    {
        var text = await WriteTextAsync(new CsvNodeListWriter());

        Assert.StartsWith("id,label,type,founded,landlocked,note,share\r\n", text, StringComparison.Ordinal);
        Assert.Equal(4, CsvTable.Parse(text).Count);
    }

    [Fact]
    public async Task Quotes_fields_so_a_strict_reader_gets_the_text_back()
    {
        var rows = CsvTable.Rows(await WriteTextAsync(new CsvNodeListWriter()));

        Assert.Equal(["state:alpha", "state:beta", "org:x"], rows.Select(r => r["id"]));
        Assert.Equal((Tricky, "1991", "false"), (rows[0]["note"], rows[0]["founded"], rows[0]["landlocked"]));
        Assert.Equal(("X <Org>", "Organisation", ""), (rows[2]["label"], rows[2]["type"], rows[2]["note"]));
    }
}
