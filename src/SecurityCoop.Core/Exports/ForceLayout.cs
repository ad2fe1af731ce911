namespace SecurityCoop.Core.Exports;

/// <summary>A node's place in a drawing, in layout units (an edge is about <see cref="ForceLayout.EdgeLength"/> long).</summary>
public sealed record NetworkPosition(double X, double Y);

/// <summary>
/// A deterministic force-directed layout: Fruchterman and Reingold's spring embedder in its grid form, where a node is
/// pushed only by the nodes within two edge lengths (the cells around its own), so an iteration costs about the number
/// of nodes and edges rather than its square. Nodes start on a sunflower spiral in ordinal id order, so the same graph
/// always gets the same drawing whatever order it comes in; every edge pulls its two ends together, parallel edges once
/// per pair; a weak gravity (<see cref="Gravity"/> times the distance) pulls every node towards the centre, so
/// nodes and small components that nothing joins to the rest stay beside it instead of where they started; the step
/// each node may take cools linearly over <see cref="Iterations"/> rounds. Coordinates are rounded to three decimals.
/// </summary>
public static class ForceLayout
{
    public const double EdgeLength = 10;

    public const int Iterations = 150;

    public const double Gravity = 0.02;

    public static IReadOnlyDictionary<string, NetworkPosition> Compute(
        IEnumerable<string> nodeIds, IEnumerable<(string Source, string Target)> edges, CancellationToken cancellationToken)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var pairs = edges
            .Where(e => e.Source != e.Target && index.ContainsKey(e.Source) && index.ContainsKey(e.Target))
            .Select(e => (Math.Min(index[e.Source], index[e.Target]), Math.Max(index[e.Source], index[e.Target])))
            .Distinct().Order().ToArray();
        var (x, y) = Spiral(ids.Length);
        var (dx, dy) = (new double[ids.Length], new double[ids.Length]);
        var start = EdgeLength * Math.Sqrt(ids.Length + 1) / 4;
        for (var round = 0; round < Iterations; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, dx, dy);
            Attract(pairs, x, y, dx, dy);
            Pull(x, y, dx, dy);
            Move(x, y, dx, dy, start * (Iterations - round) / Iterations);
        }
        return ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => new NetworkPosition(Rounded(x[p.i]), Rounded(y[p.i])), StringComparer.Ordinal);
    }

    /// <summary>Three decimals, and never minus zero, which formats would write as "-0".</summary>
    private static double Rounded(double value) => Math.Round(value, 3) + 0.0;

    /// <summary>Node i at radius proportional to the square root of i and the golden angle from the one before: evenly spread, no two alike.</summary>
    private static (double[] X, double[] Y) Spiral(int count)
    {
        var golden = Math.PI * (3 - Math.Sqrt(5));
        var (x, y) = (new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var radius = EdgeLength * Math.Sqrt(i + 0.5);
            (x[i], y[i]) = (radius * Math.Cos(i * golden), radius * Math.Sin(i * golden));
        }
        return (x, y);
    }

    /// <summary>Repulsion k²/d between nodes closer than 2k, found through a grid of cells 2k wide.</summary>
    private static void Repel(double[] x, double[] y, double[] dx, double[] dy)
    {
        const double Reach = 2 * EdgeLength;
        var cells = new Dictionary<(long, long), List<int>>();
        for (var i = 0; i < x.Length; i++)
        {
            var cell = ((long)Math.Floor(x[i] / Reach), (long)Math.Floor(y[i] / Reach));
            if (!cells.TryGetValue(cell, out var members))
                cells[cell] = members = [];
            members.Add(i);
        }
        for (var i = 0; i < x.Length; i++)
        {
            var (cx, cy) = ((long)Math.Floor(x[i] / Reach), (long)Math.Floor(y[i] / Reach));
            for (var ox = -1; ox <= 1; ox++)
            {
                for (var oy = -1; oy <= 1; oy++)
                {
                    if (!cells.TryGetValue((cx + ox, cy + oy), out var members))
                        continue;
                    foreach (var j in members)
                    {
                        var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                        var distance = Math.Max(Math.Sqrt(ex * ex + ey * ey), 0.01);
                        if (j == i || distance >= Reach)
                            continue;
                        var force = EdgeLength * EdgeLength / distance;
                        dx[i] += ex / distance * force;
                        dy[i] += ey / distance * force;
                    }
                }
            }
        }
    }

    /// <summary>Attraction d²/k along every joined pair.</summary>
    private static void Attract((int A, int B)[] pairs, double[] x, double[] y, double[] dx, double[] dy)
    {
        foreach (var (a, b) in pairs)
        {
            var (ex, ey) = (x[a] - x[b], y[a] - y[b]);
            var distance = Math.Max(Math.Sqrt(ex * ex + ey * ey), 0.01);
            var force = distance * distance / EdgeLength;
            (dx[a], dy[a]) = (dx[a] - ex / distance * force, dy[a] - ey / distance * force);
            (dx[b], dy[b]) = (dx[b] + ex / distance * force, dy[b] + ey / distance * force);
        }
    }

    /// <summary>Gravity: a pull towards the origin, <see cref="Gravity"/> times the distance from it.</summary>
    private static void Pull(double[] x, double[] y, double[] dx, double[] dy)
    {
        for (var i = 0; i < x.Length; i++)
            (dx[i], dy[i]) = (dx[i] - Gravity * x[i], dy[i] - Gravity * y[i]);
    }

    /// <summary>Moves each node along its net force by at most <paramref name="limit"/>.</summary>
    private static void Move(double[] x, double[] y, double[] dx, double[] dy, double limit)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (length < 1e-9)
                continue;
            var step = Math.Min(length, limit) / length;
            x[i] += dx[i] * step;
            y[i] += dy[i] * step;
        }
    }
}
