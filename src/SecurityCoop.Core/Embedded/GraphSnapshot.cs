using System.Security.Cryptography;
using System.Text;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The built graph kept as one binary file, so the next start of the same data release reads columns instead of
/// parsing and validating every line. The file names the data it was built from: a SHA-256 over every file of the
/// dataset folder (relative path, length, bytes; dot-files left out) and over this build of the store, since a newer
/// build may build the graph differently. The graph's bytes end with their own SHA-256. A snapshot whose fingerprint
/// differs, or that is damaged, is not used.
/// </summary>
internal static class GraphSnapshot
{
    private const int Version = 1;
    private static readonly byte[] Magic = "SCGRAPH1"u8.ToArray();

    /// <summary>The fingerprint of the dataset at <paramref name="directory"/> for this build, leaving out <paramref name="snapshotPath"/>.</summary>
    public static byte[] Fingerprint(string directory, string snapshotPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"securitycoop-graph-snapshot/{Version}/{typeof(GraphSnapshot).Assembly.ManifestModule.ModuleVersionId}"));
        var root = Path.GetFullPath(directory);
        var skip = Path.GetFullPath(snapshotPath);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => f.Full != skip && !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        foreach (var (full, relative) in files)
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData(BitConverter.GetBytes(stream.Length));
            int read;
            while ((read = stream.Read(buffer)) > 0)
                hash.AppendData(buffer, 0, read);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The graph in the snapshot at <paramref name="path"/> when it was built from data with this fingerprint; else null and why.</summary>
    public static GraphIndex? TryRead(string path, byte[] fingerprint, string directory, out string? why)
    {
        why = null;
        if (!File.Exists(path))
        {
            why = "there is none yet";
            return null;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version || !BitConverter.IsLittleEndian)
            {
                why = "it is of another format";
                return null;
            }
            if (!reader.ReadBytes(fingerprint.Length).AsSpan().SequenceEqual(fingerprint))
            {
                why = "the data or the program changed since it was written";
                return null;
            }
            GraphIndex graph;
            byte[] sum;
            using (var hashing = new HashingStream(stream))
            using (var body = new BinaryReader(hashing, Encoding.UTF8))
            {
                graph = GraphIndex.Read(body, directory);
                sum = hashing.Sum();
            }
            if (!reader.ReadBytes(sum.Length).AsSpan().SequenceEqual(sum) || stream.Position != stream.Length)
            {
                why = "it is damaged (its bytes do not match their checksum)";
                return null;
            }
            return graph;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException or OverflowException or OutOfMemoryException or IndexOutOfRangeException)
        {
            why = $"it could not be read ({e.Message})";
            return null;
        }
    }

    /// <summary>Writes the snapshot beside its final name and moves it there, so no reader ever sees half of one.</summary>
    public static void Write(GraphIndex graph, string path, byte[] fingerprint)
    {
        var partial = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(fingerprint);
                writer.Flush();
                byte[] sum;
                using (var hashing = new HashingStream(stream))
                using (var body = new BinaryWriter(hashing, Encoding.UTF8))
                {
                    graph.Write(body);
                    body.Flush();
                    sum = hashing.Sum();
                }
                writer.Write(sum);
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Passes bytes through to a stream, read or written, and keeps their SHA-256; leaves the stream open.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Sum() => hash.GetHashAndReset();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            hash.AppendData(buffer[..read]);
            return read;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
