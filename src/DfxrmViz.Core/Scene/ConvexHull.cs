using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scene;

/// <summary>Convex hull of a few points (coordination polyhedra, ≤ a few dozen vertices) as outward-facing triangles.</summary>
/// <remarks>Brute force, exact for small sets: every plane through three points with all points on one side is a face
/// plane; the points on it are ordered by angle about their centroid and fanned, so a square face of a cube gives two
/// triangles, not four overlapping ones (J. O'Rourke, "Computational Geometry in C", 2nd ed., §4.1, the O(n⁴) method).</remarks>
public static class ConvexHull
{
    /// <summary>Triangles (index triples, counter-clockwise seen from outside); empty when the points are fewer than four or coplanar.</summary>
    public static IReadOnlyList<int> Triangles(IReadOnlyList<Vec3> points)
    {
        var n = points.Count;
        var result = new List<int>();
        if (n < 4)
        {
            return result;
        }
        var scale = points.Max(p => (p - points[0]).Norm);
        var eps = 1e-7 * Math.Max(scale, 1e-12);
        var planes = new List<(Vec3 Normal, double Offset)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                for (var k = j + 1; k < n; k++)
                {
                    var normal = (points[j] - points[i]).Cross(points[k] - points[i]);
                    if (normal.Norm < eps * scale)
                    {
                        continue;
                    }
                    normal = normal.Normalized();
                    var offset = normal.Dot(points[i]);
                    var (above, below) = Sides(points, normal, offset, eps);
                    if ((above > 0 && below > 0) || (above == 0 && below == 0))
                    {
                        continue;
                    }
                    if (above > 0)
                    {
                        (normal, offset) = (-normal, -offset);
                    }
                    if (!planes.Exists(p => p.Normal.Dot(normal) > 1 - 1e-9 && Math.Abs(p.Offset - offset) < eps))
                    {
                        planes.Add((normal, offset));
                    }
                }
            }
        }
        foreach (var (normal, offset) in planes)
        {
            Fan(points, normal, offset, eps, result);
        }
        return result;
    }

    private static (int Above, int Below) Sides(IReadOnlyList<Vec3> points, Vec3 normal, double offset, double eps)
    {
        int above = 0, below = 0;
        foreach (var p in points)
        {
            var d = normal.Dot(p) - offset;
            if (d > eps)
            {
                above++;
            }
            else if (d < -eps)
            {
                below++;
            }
        }
        return (above, below);
    }

    /// <summary>Orders the points on the face plane by angle about their centroid (counter-clockwise about the outward normal) and fans them.</summary>
    private static void Fan(IReadOnlyList<Vec3> points, Vec3 normal, double offset, double eps, List<int> result)
    {
        var on = Enumerable.Range(0, points.Count).Where(i => Math.Abs(normal.Dot(points[i]) - offset) <= eps).ToList();
        var centre = on.Aggregate(Vec3.Zero, (s, i) => s + points[i]) / on.Count;
        var u = SceneTransform.Basis(normal, points[on[0]] - centre);
        var ex = u.Column(1);
        var ey = normal.Cross(ex);
        var ordered = on.OrderBy(i => Math.Atan2((points[i] - centre).Dot(ey), (points[i] - centre).Dot(ex))).ToList();
        for (var t = 1; t + 1 < ordered.Count; t++)
        {
            result.AddRange([ordered[0], ordered[t], ordered[t + 1]]);
        }
    }
}
