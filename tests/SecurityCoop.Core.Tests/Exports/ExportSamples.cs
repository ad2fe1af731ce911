using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Tests.Exports;

/// <summary>
/// The tiny network the writer tests export: two states and an organisation; Alpha is a dated member and an
/// undated observer of X (two parallel edges), Beta an open-ended member. Alpha's note and the membership's
/// note and quote hold every character a format has to escape.
/// </summary>
internal static class ExportSamples
{
    public const string Tricky = "Tom & Jerry <cats>, \"quoted\"\nsecond line";

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static NetworkMetadata Metadata { get; } = new(
        "2024.1",
        "org:x neighbourhood",
        new Dictionary<string, string> { ["asOf"] = "2010", ["roles"] = "MEMBER, OBSERVER" },
        new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));

    public static NetworkDocument Document { get; } = new(
        Metadata,
        [
            new("state:alpha", "State", "Alpha", Props(("note", Tricky), ("founded", "1991"), ("share", "0.25"), ("landlocked", "false"))),
            new("state:beta", "State", "Beta", Props()),
            new("org:x", "Organisation", "X <Org>", Props(("founded", "2001"))),
        ],
        [
            new("rel:alpha-x:member", "MEMBER_OF", "state:alpha", "org:x", Props(("role", "founding"), ("note", Tricky)),
                Date("2001-06-15"), Date("2016"), [new Source("doc.txt", 3, Tricky)]),
            new("rel:alpha-x:observer", "OBSERVER_OF", "state:alpha", "org:x", Props(), null, null, [new Source("doc.txt", 4, "observer")]),
            new("rel:beta-x:member", "MEMBER_OF", "state:beta", "org:x", Props(("role", "full")), Date("2004"), null, []),
        ]);

    public static IReadOnlyDictionary<string, string> Props(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    public static DateValue Date(string text) =>
        DateValue.TryParse(text, out var date) ? date! : throw new ArgumentException($"not a date: {text}");

    /// <summary>What <paramref name="writer"/> writes for <paramref name="document"/>, read back from the start.</summary>
    public static async Task<MemoryStream> WriteAsync(INetworkWriter writer, NetworkDocument? document = null)
    {
        var output = new MemoryStream();
        await writer.WriteAsync(document ?? Document, output, Cancel);
        output.Position = 0;
        return output;
    }

    public static async Task<string> WriteTextAsync(INetworkWriter writer, NetworkDocument? document = null)
    {
        using var output = await WriteAsync(writer, document);
        return new StreamReader(output).ReadToEnd();
    }
}
