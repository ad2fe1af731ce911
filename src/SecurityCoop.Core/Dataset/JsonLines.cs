namespace SecurityCoop.Core.Dataset;

/// <summary>
/// The lines of a JSONL file as UTF-8 bytes, read in large blocks: no string per line. A line's bytes are valid
/// until the next one is read. The line number counts every line, blank ones included; a byte order mark and a
/// carriage return before the newline are left out.
/// </summary>
internal sealed class JsonLines(string path)
{
    private const int BlockSize = 1 << 20;

    public delegate void LineHandler(int number, ReadOnlySpan<byte> line);

    public void Read(LineHandler handle)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[BlockSize];
        var (filled, number) = (0, 0);
        var first = true;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var start = 0;
            if (first && filled >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
                start = 3;
            first = false;
            while (buffer.AsSpan(start, filled - start).IndexOf((byte)'\n') is var end and >= 0)
            {
                handle(++number, Trim(buffer.AsSpan(start, end)));
                start += end + 1;
            }
            if (read == 0)
            {
                if (start < filled)
                    handle(++number, Trim(buffer.AsSpan(start, filled - start)));
                return;
            }
            // Keep the unfinished line, and grow the block when one line fills it.
            buffer.AsSpan(start, filled - start).CopyTo(buffer);
            filled -= start;
            if (filled == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
