using System.Text;

namespace SecurityCoop.Core.Sources;

/// <summary>
/// The kept text of a source document (<c>documents/ID</c>): its lines, split as <see cref="File.ReadAllLines(string)"/>
/// splits them, and, for a file of valid UTF-8, where each line starts in the file, so that a store can read a quote
/// back from the file when an answer asks for it instead of holding every quote in memory (<see cref="QuoteFile"/>).
/// </summary>
public sealed class DocumentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private DocumentText(string path, string[] lines, long[]? lineStarts)
    {
        Path = path;
        Lines = lines;
        LineStarts = lineStarts;
    }

    public string Path { get; }

    public string[] Lines { get; }

    /// <summary>The byte offset in the file of each line, or null when the file is not UTF-8 (a UTF-16 mark, invalid bytes).</summary>
    internal long[]? LineStarts { get; }

    public static DocumentText Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..])
            return new DocumentText(path, File.ReadAllLines(path), null);
        var lines = new List<string>();
        var starts = new List<long>();
        var at = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            while (at < bytes.Length)
            {
                var end = bytes.AsSpan(at).IndexOfAny((byte)'\r', (byte)'\n') is var found and >= 0 ? at + found : bytes.Length;
                starts.Add(at);
                lines.Add(StrictUtf8.GetString(bytes, at, end - at));
                at = end < bytes.Length && bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
            }
        }
        catch (DecoderFallbackException)
        {
            return new DocumentText(path, File.ReadAllLines(path), null);
        }
        return new DocumentText(path, [.. lines], [.. starts]);
    }
}

/// <summary>
/// A kept document file that quotes are read back from, by byte offset and length. It is opened when the store is
/// built and stays open, so a data release replaced or deleted on disk while the store runs (a checkout writes new
/// files) does not change what it reads; only rewriting the same file in place would.
/// </summary>
public sealed class QuoteFile(string path)
{
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    public string Path { get; } = path;

    public string Read(long at, int length)
    {
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        var read = 0;
        while (read < length)
        {
            var count = RandomAccess.Read(handle, buffer[read..], at + read);
            if (count == 0)
                throw new IOException($"{Path} is shorter than when it was loaded: the data changed under the running store.");
            read += count;
        }
        return Encoding.UTF8.GetString(buffer);
    }
}
