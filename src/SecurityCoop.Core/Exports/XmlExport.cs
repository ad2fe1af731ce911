using System.Text;
using System.Xml;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// An asynchronous XML writer over the output stream for the XML formats: every element goes in the format's
/// namespace, text is cleaned of what XML cannot hold, and line breaks in values are written as character
/// references so they survive parsing unchanged.
/// </summary>
internal sealed class XmlExport(XmlWriter writer, string ns) : IAsyncDisposable
{
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Starts the document with its root element, in <paramref name="ns"/>, pointing at its schema.</summary>
    public static async Task<XmlExport> StartAsync(Stream output, string ns, string root, string schemaLocation)
    {
        var raw = XmlWriter.Create(output, Settings);
        await raw.WriteStartDocumentAsync();
        await raw.WriteStartElementAsync(null, root, ns);
        await raw.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNs);
        await raw.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNs, schemaLocation);
        return new XmlExport(raw, ns);
    }

    public Task StartAsync(string name) => writer.WriteStartElementAsync(null, name, ns);

    public Task EndAsync() => writer.WriteEndElementAsync();

    public Task AttributeAsync(string name, string value) => writer.WriteAttributeStringAsync(null, name, null, ExportText.Xml(value));

    public Task ElementAsync(string name, string text) => writer.WriteElementStringAsync(null, name, ns, ExportText.Xml(text));

    /// <summary>Declares <paramref name="prefix"/> for <paramref name="uri"/> on the element just started.</summary>
    public Task NamespaceAsync(string prefix, string uri) => writer.WriteAttributeStringAsync("xmlns", prefix, null, uri);

    /// <summary>An empty element in another namespace (<c>viz:position</c>), with its attributes.</summary>
    public async Task ForeignElementAsync(string prefix, string name, string uri, params (string Name, string Value)[] attributes)
    {
        await writer.WriteStartElementAsync(prefix, name, uri);
        foreach (var (attribute, value) in attributes)
            await writer.WriteAttributeStringAsync(null, attribute, null, value);
        await writer.WriteEndElementAsync();
    }

    public Task TextAsync(string text) => writer.WriteStringAsync(ExportText.Xml(text));

    /// <summary>Closes every open element and hands what is buffered to the stream.</summary>
    public async Task FinishAsync()
    {
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
