using System.Collections.Concurrent;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// A value per node for one search, over the graph's node numbers. A mark counts only when the current search set
/// it, so a search starts over without clearing; the marks go back to their pool when the search is done.
/// </summary>
internal sealed class NodeMarks<T> : IDisposable
    where T : struct
{
    private readonly int[] stamps;
    private readonly T[] values;
    private readonly MarksPool<T> pool;
    private int stamp;

    internal NodeMarks(int size, MarksPool<T> pool)
    {
        stamps = new int[size];
        values = new T[size];
        this.pool = pool;
    }

    public bool Has(int node) => stamps[node] == stamp;

    public bool TryGet(int node, out T value)
    {
        value = stamps[node] == stamp ? values[node] : default;
        return stamps[node] == stamp;
    }

    /// <summary>Marks a node unless it is marked already; whether it was marked now.</summary>
    public bool TryAdd(int node, T value)
    {
        if (stamps[node] == stamp)
            return false;
        stamps[node] = stamp;
        values[node] = value;
        return true;
    }

    public T this[int node] => values[node];

    internal NodeMarks<T> Begin()
    {
        if (++stamp == int.MaxValue)
        {
            Array.Clear(stamps);
            stamp = 1;
        }
        return this;
    }

    public void Dispose() => pool.Return(this);
}

/// <summary>Marks kept for reuse: at most one set per search running at once, each as long as the graph has nodes.</summary>
internal sealed class MarksPool<T>(int size)
    where T : struct
{
    private readonly ConcurrentBag<NodeMarks<T>> free = [];

    public NodeMarks<T> Rent() => (free.TryTake(out var marks) ? marks : new NodeMarks<T>(size, this)).Begin();

    internal void Return(NodeMarks<T> marks) => free.Add(marks);
}
