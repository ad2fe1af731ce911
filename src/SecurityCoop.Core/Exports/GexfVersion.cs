namespace SecurityCoop.Core.Exports;

/// <summary>The GEXF schema a <see cref="GexfWriter"/> writes.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (<c>http://gexf.net/1.3</c>), the version Gephi writes.</summary>
    Gexf13,

    /// <summary>GEXF 1.2draft (<c>http://www.gexf.net/1.2draft</c>), the newest version networkx reads.</summary>
    Gexf12Draft,
}
