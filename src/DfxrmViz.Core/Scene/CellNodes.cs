using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Core.Scene;

/// <summary>The unit cell in its true orientation (crystal frame → glTF by G Γ U), beside the sample at a stated scale:
/// atoms by element (Jmol colours, Cordero radii), cell edges, a/b/c arrows, bonds and coordination polyhedra. Children
/// are in Å in the crystal Cartesian frame (docs/physics.md §2) with the cell centred on the node's origin.</summary>
internal static class CellNodes
{
    public const string Name = "unit-cell";

    /// <summary>Drawn sphere radius as a fraction of the covalent radius (ball-and-stick).</summary>
    public const double AtomRadiusFactor = 0.4;

    private static readonly string[] AxisColors = ["#d32f2f", "#388e3c", "#1976d2"];

    public static IEnumerable<SceneNode> Build(SceneFrame f, CellLayout layout, IReadOnlyList<DrawnAtom> atoms)
    {
        var cell = f.Inputs.Cell;
        var a = cell.A;
        var world = f.CrystalToWorld;
        yield return SceneNodes.Group(Name, null, SceneLayer.Cell, new SceneTransform(layout.CentreMm, world, layout.MmPerA),
            SceneNodes.Extras(("aA", SceneValue.Of(world * a.Column(0))), ("bA", SceneValue.Of(world * a.Column(1))),
                ("cA", SceneValue.Of(world * a.Column(2))), ("mmPerA", SceneValue.Of(layout.MmPerA))));
        if (!f.View.ShowCell)
        {
            yield break;
        }
        foreach (var node in Children.Get((cell, new ValueList<CellSite>(f.Inputs.Sites), f.View), _ => [.. ChildrenOf(f, layout, atoms)]))
        {
            yield return node;
        }
    }

    // The children are in the crystal frame: a function of the cell, its sites (which give the drawn atoms with the view's cell
    // range) and the view options, so every scene of one crystal shares them; an energy edit turns only the group above.
    private static readonly Memo<(UnitCell Cell, ValueList<CellSite> Sites, ViewOptions View), List<SceneNode>> Children = new(8);

    private static IEnumerable<SceneNode> ChildrenOf(SceneFrame f, CellLayout layout, IReadOnlyList<DrawnAtom> atoms)
    {
        var a = f.Inputs.Cell.A;
        var origin = a * new Vec3(-0.5, -0.5, -0.5);
        yield return SceneNodes.Lines($"{Name} edges", Name, SceneLayer.Cell, Edges(a, origin), "#455a64");
        string[] names = ["a", "b", "c"];
        var shaft = 0.012 * layout.DiagonalA;
        for (var i = 0; i < 3; i++)
        {
            var edge = a.Column(i);
            yield return SceneNodes.Arrow($"{Name} axis {names[i]}", Name, SceneLayer.Cell, origin, origin + edge, shaft, AxisColors[i]);
            if (f.View.ShowLabels)
            {
                yield return SceneNodes.Label($"{Name} axis {names[i]} label", Name, SceneLayer.Cell, origin + 1.1 * edge,
                    $"{names[i]} = {SceneText.Number(edge.Norm, 3)} Å", AxisColors[i]);
            }
        }
        foreach (var group in atoms.GroupBy(x => x.Element))
        {
            var style = ElementStyles.Of(group.Key);
            yield return SceneNodes.Node($"{Name} atoms {group.Key}", Name, SceneNodeKind.Spheres, SceneLayer.Cell, SceneTransform.Identity,
                style.Color, 1, new SceneGeometry
                {
                    Radius = AtomRadiusFactor * style.CovalentRadiusA,
                    Instances = new(group.Select(x => new SceneInstance($"atom {x.Element} {x.Label}", x.PositionA, x.Fractional))),
                });
        }
        foreach (var node in CellNeighbourNodes.Build(f, atoms))
        {
            yield return node;
        }
    }

    /// <summary>The 12 edges of the cell as segment pairs.</summary>
    private static IEnumerable<Vec3> Edges(Numerics.Mat3 a, Vec3 origin)
    {
        for (var axis = 0; axis < 3; axis++)
        {
            var along = a.Column(axis);
            var u = a.Column((axis + 1) % 3);
            var v = a.Column((axis + 2) % 3);
            foreach (var start in new[] { origin, origin + u, origin + v, origin + u + v })
            {
                yield return start;
                yield return start + along;
            }
        }
    }
}

/// <summary>Where and how large the cell is drawn: a scale from the 1–2–5 series (so it reads as a round number) that makes
/// the longest body diagonal about twice the sample's largest edge, placed up-beam above the outermost goniometer ring.</summary>
/// <param name="MmPerA">Scene mm per Å.</param>
/// <param name="CentreMm">Centre of the drawn cell in scene coordinates.</param>
/// <param name="DiagonalA">Longest body diagonal of the cell in Å.</param>
internal sealed record CellLayout(double MmPerA, Vec3 CentreMm, double DiagonalA)
{
    public static CellLayout For(SceneFrame f)
    {
        var a = f.Inputs.Cell.A;
        var (x, y, z) = (a.Column(0), a.Column(1), a.Column(2));
        var diagonal = new[] { x + y + z, x + y - z, x - y + z, -x + y + z }.Max(v => v.Norm);
        diagonal = SceneFrame.Positive(diagonal, 10);
        var given = f.View.StructureScale is double s && double.IsFinite(s) && s > 0 ? s / 1000 : (double?)null;
        var mmPerA = given ?? Nice(2.0 * f.Ls / diagonal);
        Vec3 centre;
        if (f.View.StructureOffsetUm is { } offset && offset.IsFinite)
        {
            centre = offset / 1000;
        }
        else
        {
            var rings = GoniometerNodes.RingRadius(f, 0, Math.Max(f.Inputs.Profile.Axes.Count, 1)) + 0.1 * f.Ls;
            centre = new Vec3(-1, 1, 0).Normalized() * (rings + 0.55 * diagonal * mmPerA);
        }
        return new CellLayout(mmPerA, centre, diagonal);
    }

    /// <summary>The largest 1, 2 or 5 × 10ⁿ not above <paramref name="value"/>.</summary>
    public static double Nice(double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            return 1;
        }
        var decade = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var m = value / decade;
        return decade * (m >= 5 ? 5 : m >= 2 ? 2 : 1);
    }
}
