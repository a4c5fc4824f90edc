using System.Numerics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Export.Gltf;

/// <summary>Tessellations of the scene's shapes (the viewer draws the same shapes with three.js geometries).</summary>
internal static class MeshShapes
{
    private const int Segments = 16;

    public static Vector3 V(Vec3 v) => new((float)v.X, (float)v.Y, (float)v.Z);

    /// <summary>Box centred on the origin with edges <paramref name="size"/>.</summary>
    public static void Box(MeshData m, Vec3 size)
    {
        var h = V(size) / 2;
        Vector3[] axes = [Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ];
        for (var a = 0; a < 3; a++)
        {
            foreach (var sign in new[] { 1f, -1f })
            {
                var n = axes[a] * sign;
                var c = n * h[a];
                var du = axes[(a + 1) % 3] * h[(a + 1) % 3];
                var dw = axes[(a + 2) % 3] * h[(a + 2) % 3];
                var i0 = m.Add(c - du - dw, n);
                var i1 = m.Add(c + du - dw, n);
                var i2 = m.Add(c + du + dw, n);
                var i3 = m.Add(c - du + dw, n);
                // u × w = n for the cyclic order, so the + face winds (0 1 2), the − face the other way.
                if (sign > 0)
                {
                    m.Triangle(i0, i1, i2);
                    m.Triangle(i0, i2, i3);
                }
                else
                {
                    m.Triangle(i0, i2, i1);
                    m.Triangle(i0, i3, i2);
                }
            }
        }
    }

    /// <summary>The 12 edges of the same box.</summary>
    public static void BoxEdges(MeshData m, Vec3 size)
    {
        var h = size / 2;
        for (var axis = 0; axis < 3; axis++)
        {
            foreach (var (s1, s2) in new[] { (1, 1), (1, -1), (-1, 1), (-1, -1) })
            {
                var p = new double[3];
                p[(axis + 1) % 3] = s1 * h[(axis + 1) % 3];
                p[(axis + 2) % 3] = s2 * h[(axis + 2) % 3];
                p[axis] = h[axis];
                var q = (double[])p.Clone();
                q[axis] = -h[axis];
                m.Segment(V(new Vec3(p[0], p[1], p[2])), V(new Vec3(q[0], q[1], q[2])));
            }
        }
    }

    /// <summary>UV sphere of <paramref name="radius"/> about <paramref name="centre"/>.</summary>
    public static void Sphere(MeshData m, Vec3 centre, double radius)
    {
        const int rings = 10;
        var c = V(centre);
        var start = (uint)m.Positions.Count;
        for (var i = 0; i <= rings; i++)
        {
            var theta = Math.PI * i / rings;
            for (var j = 0; j <= Segments; j++)
            {
                var phi = 2 * Math.PI * j / Segments;
                var n = new Vector3((float)(Math.Sin(theta) * Math.Cos(phi)), (float)Math.Cos(theta), (float)(Math.Sin(theta) * Math.Sin(phi)));
                m.Add(c + n * (float)radius, n);
            }
        }
        for (var i = 0; i < rings; i++)
        {
            for (var j = 0; j < Segments; j++)
            {
                var a = start + (uint)(i * (Segments + 1) + j);
                var b = a + Segments + 1;
                m.Triangle(a, a + 1, b);
                m.Triangle(a + 1, b + 1, b);
            }
        }
    }

    /// <summary>Closed frustum from <paramref name="from"/> (radius r0) to <paramref name="to"/> (radius r1).</summary>
    public static void Cylinder(MeshData m, Vec3 from, Vec3 to, double r0, double r1)
    {
        var axis = to - from;
        if (axis.Norm < 1e-12)
        {
            return;
        }
        var basis = Core.Scene.SceneTransform.Basis(axis, Vec3.UnitY);
        var (u, w) = (V(basis.Column(1)), V(basis.Column(2)));
        var (a, b, dir) = (V(from), V(to), V(axis.Normalized()));
        var ring0 = new uint[Segments + 1];
        var ring1 = new uint[Segments + 1];
        for (var j = 0; j <= Segments; j++)
        {
            var phi = 2 * Math.PI * j / Segments;
            var radial = u * (float)Math.Cos(phi) + w * (float)Math.Sin(phi);
            var n = Vector3.Normalize(radial + dir * (float)((r0 - r1) / axis.Norm));
            ring0[j] = m.Add(a + radial * (float)r0, n);
            ring1[j] = m.Add(b + radial * (float)r1, n);
        }
        for (var j = 0; j < Segments; j++)
        {
            m.Triangle(ring0[j], ring1[j + 1], ring1[j]);
            m.Triangle(ring0[j], ring0[j + 1], ring1[j + 1]);
        }
        Cap(m, a, -dir, u, w, r0);
        Cap(m, b, dir, u, w, r1);
    }

    /// <summary>Arrow: shaft and cone head ending at <paramref name="to"/>.</summary>
    public static void Arrow(MeshData m, Vec3 from, Vec3 to, double shaft, double headRadius, double headLength)
    {
        var d = to - from;
        var length = d.Norm;
        if (length < 1e-12)
        {
            return;
        }
        var head = Math.Min(headLength, 0.9 * length);
        var neck = to - head * d.Normalized();
        Cylinder(m, from, neck, shaft, shaft);
        Cylinder(m, neck, to, headRadius, headRadius * 1e-3);
    }

    /// <summary>Tube of radius <paramref name="tube"/> along a circle of <paramref name="radius"/> in the x–y plane, angle 0 … sweep.</summary>
    public static void Arc(MeshData m, double radius, double tube, double sweep)
    {
        var steps = Math.Max(8, (int)Math.Ceiling(64 * Math.Abs(sweep) / (2 * Math.PI)));
        const int around = 8;
        var start = (uint)m.Positions.Count;
        for (var i = 0; i <= steps; i++)
        {
            var t = sweep * i / steps;
            var centre = new Vector3((float)(radius * Math.Cos(t)), (float)(radius * Math.Sin(t)), 0);
            var outward = Vector3.Normalize(centre);
            for (var j = 0; j <= around; j++)
            {
                var phi = 2 * Math.PI * j / around;
                var n = outward * (float)Math.Cos(phi) + Vector3.UnitZ * (float)Math.Sin(phi);
                m.Add(centre + n * (float)tube, n);
            }
        }
        for (var i = 0; i < steps; i++)
        {
            for (var j = 0; j < around; j++)
            {
                var a = start + (uint)(i * (around + 1) + j);
                var b = a + around + 1;
                m.Triangle(a, b, a + 1);
                m.Triangle(a + 1, b, b + 1);
            }
        }
    }

    /// <summary>Flat-shaded triangles of a polyhedron (each triangle its own vertices, face normal).</summary>
    public static void Triangles(MeshData m, IReadOnlyList<Vec3> points, IReadOnlyList<int> triangles)
    {
        for (var t = 0; t + 2 < triangles.Count; t += 3)
        {
            var (a, b, c) = (V(points[triangles[t]]), V(points[triangles[t + 1]]), V(points[triangles[t + 2]]));
            var n = Vector3.Cross(b - a, c - a);
            n = n.Length() > 0 ? Vector3.Normalize(n) : Vector3.UnitY;
            m.Triangle(m.Add(a, n), m.Add(b, n), m.Add(c, n));
        }
    }

    private static void Cap(MeshData m, Vector3 centre, Vector3 normal, Vector3 u, Vector3 w, double r)
    {
        if (r < 1e-9)
        {
            return;
        }
        var mid = m.Add(centre, normal);
        var ring = new uint[Segments + 1];
        for (var j = 0; j <= Segments; j++)
        {
            var phi = 2 * Math.PI * j / Segments;
            ring[j] = m.Add(centre + (u * (float)Math.Cos(phi) + w * (float)Math.Sin(phi)) * (float)r, normal);
        }
        var flip = Vector3.Dot(Vector3.Cross(u, w), normal) < 0;
        for (var j = 0; j < Segments; j++)
        {
            if (flip)
            {
                m.Triangle(mid, ring[j + 1], ring[j]);
            }
            else
            {
                m.Triangle(mid, ring[j], ring[j + 1]);
            }
        }
    }
}
