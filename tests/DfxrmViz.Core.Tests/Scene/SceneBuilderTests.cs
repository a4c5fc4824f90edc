using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

public class SceneBuilderTests
{
    // docs/physics.md §9: LiNbO3 (1 −1 2) at 17 keV: 2θ = 11.161382°.
    [Fact]
    public void LiNbO3_example_puts_the_beams_along_the_lab_axes_at_two_theta()
    {
        var inputs = SceneScenario.LiNbO3();
        var scene = SceneBuilder.Build(inputs);
        SceneChecks.AssertWellFormed(scene);
        var incident = SceneChecks.Vector(scene, "beam-incident", "direction");
        var diffracted = SceneChecks.Vector(scene, "beam-diffracted", "direction");
        SceneChecks.Close(Vec3.UnitX, incident, 1e-9, "incident beam along +X (lab z)");
        Assert.Equal(Frames.Rad(11.161382), incident.AngleTo(diffracted), 6);
        Assert.Equal(0, diffracted.Z, 9); // vertical scattering plane: no component along y_L
        Assert.True(diffracted.Y > 0, "diffracted beam goes up");
        // The drawn box runs along its direction: world rotation of the node maps local x onto it.
        SceneChecks.Close(diffracted, scene.WorldRotation("beam-diffracted") * Vec3.UnitX, 1e-12, "diffracted box axis");
    }

    [Fact]
    public void Sample_up_and_exit_normal_are_where_the_mount_and_goniometer_put_them()
    {
        foreach (var profile in new[] { "dfxrm-vis", "esrf-dfxm", "generic-eulerian" })
        {
            var inputs = SceneScenario.LiNbO3(profile);
            var scene = SceneBuilder.Build(inputs);
            var (up, exit) = SceneScenario.MountedAxes(inputs);
            SceneChecks.Close(up, SceneChecks.Vector(scene, "sample", "up"), 1e-12, $"{profile} up");
            SceneChecks.Close(exit, SceneChecks.Vector(scene, "sample", "exitNormal"), 1e-12, $"{profile} exit normal");
            // The sample node sits on the top stage: its world rotation (stages composed) maps S axes to the same vectors.
            SceneChecks.Close(up, scene.WorldRotation("sample") * Frames.SampleUp, 1e-12, $"{profile} drawn up");
            SceneChecks.Close(exit, scene.WorldRotation("sample") * Frames.SampleFront, 1e-12, $"{profile} drawn exit normal");
            Assert.Equal([5000.0, 5000, 150], scene.Find("sample")!.Extras["sizeUm"].Vector!);
        }
    }

    [Fact]
    public void Unit_cell_edges_are_right_handed_true_lengths_and_give_Q()
    {
        var inputs = SceneScenario.LiNbO3();
        var scene = SceneBuilder.Build(inputs);
        var (a, b, c) = (SceneChecks.Vector(scene, "unit-cell", "aA"), SceneChecks.Vector(scene, "unit-cell", "bA"), SceneChecks.Vector(scene, "unit-cell", "cA"));
        // COD 1541936: a = b = 5.148 Å, c = 13.863 Å (hexagonal setting).
        Assert.Equal(inputs.Cell.AA, a.Norm, 9);
        Assert.Equal(inputs.Cell.CA, c.Norm, 9);
        var volume = a.Dot(b.Cross(c));
        Assert.True(volume > 0, "right-handed");
        var q = (b.Cross(c) * 1 + c.Cross(a) * -1 + a.Cross(b) * 2) / volume;
        Assert.True(q.AngleTo(SceneChecks.Vector(scene, "q-vector", "direction")) < 1e-9);
    }

    [Fact]
    public void Goniometer_stages_nest_base_to_top_with_the_chosen_angles()
    {
        var inputs = SceneScenario.LiNbO3("esrf-dfxm");
        var scene = SceneBuilder.Build(inputs);
        string? parent = null;
        for (var i = 0; i < inputs.Profile.Axes.Count; i++)
        {
            var node = scene.Find($"goniometer {inputs.Profile.Axes[i].AsciiName}")!;
            Assert.Equal(parent, node.Parent);
            Assert.Equal(inputs.AnglesDeg![i], node.Extras["angleDeg"].Number!.Value, 12);
            parent = node.Name;
        }
        Assert.Equal(parent, scene.Find("sample")!.Parent);
        Assert.Contains(scene.Nodes, n => n.Name == "goniometer chi label" && n.Geometry.Text!.StartsWith("χ = ", StringComparison.Ordinal));
    }

    [Fact]
    public void Atoms_are_drawn_in_the_old_tools_range_with_Jmol_colours_and_NbO6_octahedra()
    {
        var scene = SceneBuilder.Build(SceneScenario.LiNbO3());
        var nb = scene.Find("unit-cell atoms Nb")!;
        Assert.Equal("#73c2c9", nb.Color);
        Assert.Equal(0.4 * 1.64, nb.Geometry.Radius!.Value, 12);
        var instances = scene.Nodes.Where(n => n.Kind == SceneNodeKind.Spheres).SelectMany(n => n.Geometry.Instances!).ToList();
        Assert.True(instances.Count >= 30, "LiNbO3 has 30 atoms per hexagonal cell (Z = 6)");
        Assert.All(instances, i => Assert.True(i.Fractional!.Value.X is >= -0.1 - 1e-6 and <= 1.1 + 1e-6));
        Assert.Contains(instances, i => i.Name == "atom Nb Nb1");
        // Every Nb has six O within 2.5 Å (Nb–O 1.89 and 2.11 Å, COD 1541936): an octahedron, 8 triangles each.
        var poly = scene.Find("unit-cell polyhedra Nb")!;
        Assert.Equal(nb.Geometry.Instances!.Count * 8 * 3, poly.Geometry.Triangles!.Count);
        Assert.Equal(nb.Geometry.Instances!.Count * 6, poly.Geometry.Points!.Count);
        var legend = scene.Find("legend")!.Geometry.Legend!;
        Assert.Contains(legend, e => e.Text == "Nb" && e.Color == "#73c2c9");
        Assert.Contains(legend, e => e.Text.Contains("1 Å =", StringComparison.Ordinal));
    }

    [Fact]
    public void Bonds_join_the_chosen_elements_within_the_length_range()
    {
        var crystal = Core.Crystal.CrystalLibrary.Load("Diamond");
        var view = ViewOptions.Default with { BondElements = new(["C", "C"]), BondMinA = 1.4, BondMaxA = 1.7, CellRange = CellRange.Cell };
        var inputs = SceneScenario.For(crystal, new Vec3(1, 1, 1), 17, null, null, "dfxrm-vis", view);
        var bonds = SceneBuilder.Build(inputs).Find("unit-cell bonds")!;
        var points = bonds.Geometry.Points!;
        // Diamond C–C = a√3/4 = 1.5445 Å for a = 3.5668 Å.
        for (var i = 0; i < points.Count; i += 2)
        {
            Assert.Equal(inputs.Cell.AA * Math.Sqrt(3) / 4, (points[i] - points[i + 1]).Norm, 6);
        }
        // 18 atoms drawn in [0, 1]³ (8 corners, 6 faces, 4 inside); each inside atom has its 4 neighbours drawn: 16 bonds.
        Assert.Equal(16, points.Count / 2);
    }

    [Fact]
    public void Same_inputs_give_an_equal_scene_and_the_camera_is_ignored()
    {
        var a = SceneBuilder.Build(SceneScenario.LiNbO3());
        var withCamera = ViewOptions.Default with { Camera = new CameraState(new Vec3(1, 2, 3), Vec3.Zero, Vec3.UnitY, 2) };
        var b = SceneBuilder.Build(SceneScenario.LiNbO3(view: withCamera));
        Assert.Equal(a, b);
        Assert.True(SceneDiff.Between(a, b).IsEmpty);
    }
}
