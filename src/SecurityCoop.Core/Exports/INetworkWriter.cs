namespace SecurityCoop.Core.Exports;

/// <summary>Writes a network document in one file format.</summary>
public interface INetworkWriter
{
    /// <summary>The name callers ask for the format by (<c>graphml</c>, <c>cytoscape</c>, ...).</summary>
    string Format { get; }

    /// <summary>The media type to serve the output as.</summary>
    string MediaType { get; }

    /// <summary>The file name extension, with its dot (<c>.graphml</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as it goes, leaving the stream open.</summary>
    Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken);
}
