using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scene;
using DfxrmViz.Core.Tests.Scene;
using DfxrmViz.Export.Gltf;

namespace DfxrmViz.Export.Tests.Gltf;

/// <summary>The .glb is tested as physics (issue 16): read back with SharpGLTF, its beams make 2θ, the reciprocal vector
/// of the planned hkl built from the drawn cell edges is parallel to Q, the cell is right-handed, and the sample's up and
/// exit normal are where the mount and the goniometer put them.</summary>
public class SceneGlbTests
{
    public static TheoryData<string> Crystals => [.. CrystalLibrary.List().Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Crystals))]
    public void Every_builtin_crystal_with_its_default_reflection_at_17_keV_up_Q(string id)
    {
        var crystal = CrystalLibrary.Load(id);
        var hkl = SceneScenario.DefaultHkl(crystal, 17);
        AssertPhysics(SceneScenario.For(crystal, hkl, 17, null, null, "esrf-dfxm"), $"{id} {hkl}");
    }

    public static TheoryData<string, int[], int[]?, bool, int[]?, bool, string> Mounts => new()
    {
        // LiNbO3 x-cut wafer of the DF-XRM_vis README: (1 −1 2), up (0 0 1), exit surface (−1 −1 0).
        { "LiNbO3", [1, -1, 2], [0, 0, 1], true, [-1, -1, 0], true, "dfxrm-vis" },
        { "LiNbO3", [1, -1, 2], [0, 0, 1], true, [-1, -1, 0], true, "esrf-dfxm" },
        { "Diamond", [1, 1, 1], [0, 0, 1], false, [1, 0, 0], false, "generic-eulerian" },
        { "Triclinic", [1, 0, 0], [0, 1, 0], true, [0, 0, 1], false, "dfxrm-vis" },
        { "Si", [0, 0, 4], null, true, [1, 1, 0], false, "esrf-dfxm" },
    };

    [Theory]
    [MemberData(nameof(Mounts))]
    public void Explicit_mounts(string id, int[] hkl, int[]? up, bool upIsPlane, int[]? front, bool frontIsPlane, string profile)
    {
        var crystal = CrystalLibrary.Load(id);
        var inputs = SceneScenario.For(crystal, new Vec3(hkl[0], hkl[1], hkl[2]), 17, Lattice(up, upIsPlane), Lattice(front, frontIsPlane), profile);
        AssertPhysics(inputs, $"{id} ({string.Join(' ', hkl)}) on {profile}");
    }

    [Fact]
    public void Same_scene_gives_the_same_bytes()
    {
        var first = SceneGlb.Write(SceneBuilder.Build(SceneScenario.LiNbO3()));
        var second = SceneGlb.Write(SceneBuilder.Build(SceneScenario.LiNbO3()));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Lens_node_carries_d1_and_length_of_the_id06_box()
    {
        var lens = LensCalculator.Compute(LensFileReader.ReadBuiltin("id06"), new LensRequest(17, 11.161381674768602, null, 5000), AtomicOpticsData.XrayDb);
        var glb = new GlbReader(SceneGlb.Write(SceneBuilder.Build(SceneScenario.LiNbO3() with { Lens = lens })));
        // The glb carries Core's d1 exactly; docs/physics.md §8 table: id06 at 17 keV, d_tot′ = 5000 mm → d1 = 208.974 mm with
        // Henke δ (XrayDB δ moves it by 0.1–0.2 %, tolerance 0.3 % as in Core's lens tests); dL = 67 × 1.6 + 2 + 19 × 2 = 147.2 mm.
        Assert.Equal(lens.D1Mm, glb.Number("lens", "d1Mm"));
        Assert.Equal(1, glb.Number("lens", "d1Mm") / 208.974, 3e-3);
        Assert.Equal(147.2, glb.Number("lens", "lengthMm"), 9);
        Assert.Equal(88, glb.Model.LogicalNodes.Count(n => n.Name.StartsWith("lenslet ", StringComparison.Ordinal)));
    }

    // IEC 61966-2-1 sRGB transfer: 0x80 = 0.50196 → 0.21586 linear.
    [Fact]
    public void Colours_are_written_linear()
    {
        Assert.Equal(0.2158605, GltfModelBuilder.LinearRgb("#808080").R, 1e-6);
        Assert.Equal(1, GltfModelBuilder.LinearRgb("#ffffff").G, 1e-6);
        Assert.Equal(0, GltfModelBuilder.LinearRgb("#000000").B, 1e-6);
    }

    private static LatticeVector? Lattice(int[]? v, bool plane) =>
        v is null ? null : plane ? LatticeVector.Plane(v[0], v[1], v[2]) : LatticeVector.Direction(v[0], v[1], v[2]);

    private static void AssertPhysics(SceneInputs inputs, string what)
    {
        var glb = new GlbReader(SceneGlb.Write(SceneBuilder.Build(inputs)));
        var incident = glb.Vector("beam-incident", "direction");
        var diffracted = glb.Vector("beam-diffracted", "direction");
        Assert.True(Math.Abs(incident.AngleTo(diffracted) - Frames.Rad(inputs.Orientation.TwoThetaDeg)) < 1e-9, $"{what}: 2θ");
        Assert.True((incident - Vec3.UnitX).Norm < 1e-9, $"{what}: incident beam along the lab beam (+X)");
        Assert.True((glb.WorldAxisX("beam-diffracted") - diffracted).Norm < 1e-5, $"{what}: drawn diffracted beam");

        var (a, b, c) = (glb.Vector("unit-cell", "aA"), glb.Vector("unit-cell", "bA"), glb.Vector("unit-cell", "cA"));
        var volume = a.Dot(b.Cross(c));
        Assert.True(volume > 0, $"{what}: cell right-handed");
        Assert.Equal(inputs.Cell.VolumeA3, volume, 6);
        var h = inputs.Hkl;
        var q = (h.X * b.Cross(c) + h.Y * c.Cross(a) + h.Z * a.Cross(b)) / volume;
        Assert.True(q.AngleTo(glb.Vector("q-vector", "direction")) < 1e-9, $"{what}: reciprocal vector of the drawn cell ∥ Q");

        var (up, exit) = SceneScenario.MountedAxes(inputs);
        Assert.True((glb.Vector("sample", "up") - up).Norm < 1e-9, $"{what}: sample up");
        Assert.True((glb.Vector("sample", "exitNormal") - exit).Norm < 1e-9, $"{what}: sample exit normal");
        Assert.True((glb.WorldAxisX("sample") - up).Norm < 1e-5, $"{what}: drawn sample up");

        for (var i = 0; i < inputs.Profile.Axes.Count; i++)
        {
            var expected = inputs.AnglesDeg?[i] ?? 0;
            Assert.Equal(expected, glb.Number($"goniometer {inputs.Profile.Axes[i].AsciiName}", "angleDeg"), 9);
        }
        var atoms = glb.Node("unit-cell").VisualChildren.Where(n => n.Name.StartsWith("atom ", StringComparison.Ordinal)).ToList();
        Assert.True(atoms.Count >= inputs.Sites.Count, $"{what}: every atom drawn");
        Assert.All(atoms, n => Assert.Matches(@"^atom [A-Z][a-z]? \S+$", n.Name));
        var labToGltf = GlbReader.Extras(glb.Model.Asset)["labToGltf"]!;
        // docs/api.md: +Y is the lab vertical: the matrix maps x_L (up) to (0, 1, 0).
        Assert.Equal(new Vec3(0, 1, 0), new Vec3(labToGltf[0]![0]!.GetValue<double>(), labToGltf[1]![0]!.GetValue<double>(), labToGltf[2]![0]!.GetValue<double>()));
    }
}
