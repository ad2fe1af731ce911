using GraphQL.Types;
using SecurityCoop.Core.Exports;

namespace SecurityCoop.Api.Exports;

/// <summary>
/// The export formats as a GraphQL enum, one value per writer: the format's name in capitals (<c>gexf-1.3</c> is
/// <c>GEXF_1_3</c>), its value the name <c>/export/{format}</c> takes.
/// </summary>
public sealed class ExportFormatEnum : EnumerationGraphType
{
    public ExportFormatEnum()
    {
        Name = "ExportFormat";
        Description = "A file format of the exports; GET /export/{format} takes the same formats by their lower-case names (gexf-1.3 for GEXF_1_3).";
        foreach (var writer in NetworkWriters.Default.All)
            Add(ValueName(writer.Format), writer.Format, $"{writer.Format} ({writer.MediaType}).");
    }

    public static string ValueName(string format) => format.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
}
