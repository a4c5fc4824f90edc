using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Core.Scene;

/// <summary>Bonds between two chosen elements within a length range, and coordination polyhedra (convex hull of the
/// neighbours within a radius) around chosen elements — DF-XRM_vis's "make bonds" and "oxygen cages"
/// (libs/draw_crystal_structures.py), with neighbours taken from every lattice image so a polyhedron at the cell's
/// border is whole.</summary>
internal static class CellNeighbourNodes
{
    /// <summary>Most bonds drawn; beyond it the rest are left out and the legend says so.</summary>
    public const int MaxBonds = 20_000;

    /// <summary>Most polyhedra drawn per centre element.</summary>
    public const int MaxPolyhedra = 600;

    /// <summary>Nearest neighbours considered per polyhedron.</summary>
    public const int MaxVertices = 24;

    /// <summary>Largest polyhedron radius honoured, Å.</summary>
    public const double MaxRadiusA = 6;

    // The nodes depend on the cell, its atoms and the view only (crystal frame, no orientation or energy): an energy edit,
    // which rebuilds the scene, finds its hulls here.
    private static readonly Memo<(UnitCell Cell, ValueList<CellSite> Sites, ViewOptions View), List<SceneNode>> Built = new(8);

    /// <summary>Bonds and polyhedra of <paramref name="atoms"/> (drawn from f's cell, sites and view).</summary>
    public static IEnumerable<SceneNode> Build(SceneFrame f, IReadOnlyList<DrawnAtom> atoms) =>
        Built.Get((f.Inputs.Cell, new ValueList<CellSite>(f.Inputs.Sites), f.View), _ => [.. Compute(f, atoms)]);

    private static IEnumerable<SceneNode> Compute(SceneFrame f, IReadOnlyList<DrawnAtom> atoms)
    {
        if (Bonds(f, atoms) is { } bonds)
        {
            yield return bonds;
        }
        var radius = Math.Min(SceneFrame.Positive(f.View.PolyhedraRadiusA, 2.5), MaxRadiusA);
        var vertices = new HashSet<string>(f.View.PolyhedraVertexElements ?? new(["O"]), StringComparer.Ordinal);
        foreach (var element in (f.View.PolyhedraElements ?? new([])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var centres = atoms.Where(x => x.Element == element).Take(MaxPolyhedra).ToList();
            var points = new List<Vec3>();
            var triangles = new List<int>();
            foreach (var centre in centres)
            {
                var around = CellAtoms.Neighbours(f.Inputs.Cell, f.Inputs.Sites, vertices, centre.PositionA, radius)
                    .OrderBy(p => (p - centre.PositionA).Norm).ThenBy(p => p.X).ThenBy(p => p.Y).ThenBy(p => p.Z)
                    .Take(MaxVertices).ToList();
                var hull = ConvexHull.Triangles(around);
                if (hull.Count == 0)
                {
                    continue;
                }
                var start = points.Count;
                points.AddRange(around);
                triangles.AddRange(hull.Select(i => i + start));
            }
            if (triangles.Count > 0)
            {
                yield return SceneNodes.Node($"{CellNodes.Name} polyhedra {element}", CellNodes.Name, SceneNodeKind.Polyhedron, SceneLayer.Cell,
                    SceneTransform.Identity, ElementStyles.Of(element).Color, 0.3, new SceneGeometry { Points = new(points), Triangles = new(triangles) });
            }
        }
    }

    private static SceneNode? Bonds(SceneFrame f, IReadOnlyList<DrawnAtom> atoms)
    {
        if (f.View.BondElements is not { Count: >= 2 } pair)
        {
            return null;
        }
        var (min, max) = (SceneFrame.Finite(f.View.BondMinA, 0), SceneFrame.Finite(f.View.BondMaxA, 2.5));
        var points = new List<Vec3>();
        for (var i = 0; i < atoms.Count && points.Count < 2 * MaxBonds; i++)
        {
            for (var j = i + 1; j < atoms.Count && points.Count < 2 * MaxBonds; j++)
            {
                var matches = (atoms[i].Element == pair[0] && atoms[j].Element == pair[1]) || (atoms[i].Element == pair[1] && atoms[j].Element == pair[0]);
                var d = (atoms[i].PositionA - atoms[j].PositionA).Norm;
                if (matches && d >= min && d <= max && d > 1e-6)
                {
                    points.Add(atoms[i].PositionA);
                    points.Add(atoms[j].PositionA);
                }
            }
        }
        return points.Count == 0 ? null
            : SceneNodes.Node($"{CellNodes.Name} bonds", CellNodes.Name, SceneNodeKind.Sticks, SceneLayer.Cell, SceneTransform.Identity,
                "#9e9e9e", 1, new SceneGeometry { Points = new(points), Radius = 0.12 });
    }
}
