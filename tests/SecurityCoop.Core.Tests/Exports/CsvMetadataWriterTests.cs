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
}
