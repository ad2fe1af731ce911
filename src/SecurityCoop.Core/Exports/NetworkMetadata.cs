using System.Globalization;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Exports;

/// <summary>What produced an export: the data release, the part of the graph and the filters applied.</summary>
/// <param name="Release">The data release the export was taken from.</param>
/// <param name="Scope">Which part of the graph it covers (<c>all</c>, <c>org:sco neighbourhood</c>, ...).</param>
/// <param name="Filters">The filters applied, by name (<c>asOf</c> = <c>2010</c>).</param>
/// <param name="Generated">When the export was written.</param>
/// <param name="Documents">The catalogue of the documents the sources cite, so a reader of the file can tell them apart by title.</param>
public sealed record NetworkMetadata(
    string Release,
    string Scope,
    IReadOnlyDictionary<string, string> Filters,
    DateTimeOffset Generated,
    IReadOnlyList<SourceDocument>? Documents = null)
{
    /// <summary>The generation time as the exports write it: ISO 8601 to the second, with its offset.</summary>
    public string GeneratedText => Generated.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>
    /// The metadata as flat name/value pairs, for formats without nested values: <c>release</c>, <c>scope</c>,
    /// <c>generated</c>, then one <c>filter.&lt;name&gt;</c> per filter in name order, then one <c>document.&lt;id&gt;</c>
    /// per catalogued document: its citation and title.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Entries()
    {
        yield return new("release", Release);
        yield return new("scope", Scope);
        yield return new("generated", GeneratedText);
        foreach (var (name, value) in Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
            yield return new("filter." + name, value);
        foreach (var document in Documents ?? [])
            yield return new("document." + document.Id, $"{document.Citation}: {document.Title}");
    }
}
