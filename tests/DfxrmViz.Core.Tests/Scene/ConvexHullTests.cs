using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

public class ConvexHullTests
{
    public static TheoryData<string, int> Solids => new() { { "tetrahedron", 4 }, { "octahedron", 8 }, { "cube", 12 } };

    // A cube's six square faces give two triangles each (not four overlapping); every triangle faces outwards.
    [Theory]
    [MemberData(nameof(Solids))]
    public void Platonic_solids_give_their_faces_outward(string solid, int triangles)
    {
        var points = Points(solid);
        var hull = ConvexHull.Triangles(points);
        Assert.Equal(triangles * 3, hull.Count);
        var centre = points.Aggregate(Vec3.Zero, (s, p) => s + p) / points.Count;
        for (var t = 0; t < hull.Count; t += 3)
        {
            var (a, b, c) = (points[hull[t]], points[hull[t + 1]], points[hull[t + 2]]);
            var normal = (b - a).Cross(c - a);
            Assert.True(normal.Dot(a - centre) > 0, $"{solid} triangle {t / 3} faces inwards");
        }
    }

    [Fact]
    public void Coplanar_or_too_few_points_give_no_hull()
    {
        Assert.Empty(ConvexHull.Triangles([Vec3.Zero, Vec3.UnitX, Vec3.UnitY]));
        Assert.Empty(ConvexHull.Triangles([Vec3.Zero, Vec3.UnitX, Vec3.UnitY, new Vec3(1, 1, 0)]));
    }

    private static List<Vec3> Points(string solid) => solid switch
    {
        "tetrahedron" => [new(1, 1, 1), new(1, -1, -1), new(-1, 1, -1), new(-1, -1, 1)],
        "octahedron" => [Vec3.UnitX, -Vec3.UnitX, Vec3.UnitY, -Vec3.UnitY, Vec3.UnitZ, -Vec3.UnitZ],
        _ => [.. from x in new[] { -1, 1 } from y in new[] { -1, 1 } from z in new[] { -1, 1 } select new Vec3(x, y, z)],
    };
}
