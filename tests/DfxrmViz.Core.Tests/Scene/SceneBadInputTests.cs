using System.Collections.Immutable;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Tests.Scene;

/// <summary>issue 16 "Bad input": the scene stays legible (scales chosen and stated), nothing is NaN, nothing throws.</summary>
public class SceneBadInputTests
{
    [Fact]
    public void A_cell_of_2000_atoms_is_drawn_small_enough_to_fit_and_states_its_scale()
    {
        const int seed = 16;
        var random = new Random(seed);
        var fe = PeriodicTable.Find("Fe")!;
        var o = PeriodicTable.Find("O")!;
        var sites = Enumerable.Range(0, 2000)
            .Select(i => new CellSite($"X{i}", i % 3 == 0 ? fe : o, new Vec3(random.NextDouble(), random.NextDouble(), random.NextDouble()), 1, null, null))
            .ToImmutableArray();
        var lino = CrystalLibrary.Load("LiNbO3");
        var cell = new UnitCell(28.1, 31.7, 29.3, 91, 97, 88);
        var view = ViewOptions.Default with { PolyhedraElements = new(["Fe"]) };
        var big = SceneScenario.For(lino with { Cell = cell }, new Vec3(2, 0, 0), 17, null, null, "dfxrm-vis", view);
        big = big with { Sites = sites };
        var scene = SceneBuilder.Build(big);
        SceneChecks.AssertWellFormed(scene);
        Assert.True(scene.Nodes.Where(n => n.Kind == SceneNodeKind.Spheres).Sum(n => n.Geometry.Instances!.Count) >= 2000, $"seed {seed}");
        var cellNode = scene.Find("unit-cell")!;
        var diagonalMm = cellNode.Transform.Scale * 45; // body diagonal of this cell is about 50 Å
        Assert.InRange(diagonalMm, 0.5, 5.0); // beside a 5 mm sample
        Assert.Contains(scene.Notes, n => n.StartsWith("Unit cell drawn at 1 Å = ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_1um_by_10mm_by_1mm_sample_is_drawn_as_a_visible_sheet_and_says_so()
    {
        var inputs = SceneScenario.For(CrystalLibrary.Load("Si"), new Vec3(2, 2, 0), 17, null, null, "dfxrm-vis",
            sample: new SampleSizeUm(1, 10_000, 1000));
        var scene = SceneBuilder.Build(inputs);
        SceneChecks.AssertWellFormed(scene);
        var size = scene.Find("sample")!.Geometry.Size!.Value;
        Assert.Equal(10.0, size.Y, 12);
        Assert.Equal(0.05, size.X, 12); // 0.5 % of the largest edge, stated
        Assert.Equal([1.0, 10_000, 1000], scene.Find("sample")!.Extras["sizeUm"].Vector!);
        Assert.Contains(scene.Notes, n => n.Contains("drawn at that size", StringComparison.Ordinal));
        Assert.Contains(scene.Nodes, n => n.Geometry.Text == "height 1 µm (drawn thicker)");
    }

    [Fact]
    public void Q_nearly_along_the_beam_backscattering_still_draws_finite_beams()
    {
        // Si (4 4 4), d = a/√48: choose E so that θ = 89.5° (2θ = 179°).
        var si = CrystalLibrary.Load("Si");
        var d = si.Cell.AA / Math.Sqrt(48);
        var energy = PhysicalConstants.HcKeVA / (2 * d * Math.Sin(89.5 * Math.PI / 180));
        var inputs = SceneScenario.For(si, new Vec3(4, 4, 4), energy, null, null, "dfxrm-vis");
        var scene = SceneBuilder.Build(inputs);
        SceneChecks.AssertWellFormed(scene);
        var k0 = SceneChecks.Vector(scene, "beam-incident", "direction");
        var kh = SceneChecks.Vector(scene, "beam-diffracted", "direction");
        Assert.Equal(179.0, k0.AngleTo(kh) * 180 / Math.PI, 6);
    }

    [Fact]
    public void A_lens_beyond_10_m_is_drawn_near_and_the_scale_is_stated()
    {
        var lensFile = LensFileReader.ReadBuiltin("id06");
        var real = LensCalculator.Compute(lensFile, new LensRequest(17, 11.161382, null, 5000), AtomicOpticsData.XrayDb);
        var far = real with { D1Mm = 12_000, D2Mm = 40_000, DTotMm = 12_000 + real.DLMm + 40_000 };
        var inputs = SceneScenario.LiNbO3() with { Lens = far };
        var scene = SceneBuilder.Build(inputs);
        SceneChecks.AssertWellFormed(scene);
        Assert.Equal(12_000, scene.Find("lens")!.Extras["d1Mm"].Number!.Value);
        var lensAt = scene.Find("lens")!.Transform.Translation.Norm;
        Assert.True(lensAt < 30, $"lens drawn {lensAt} mm from the sample");
        Assert.Contains(scene.Notes, n => n.Contains("not to scale", StringComparison.Ordinal) && n.Contains("12 m", StringComparison.Ordinal));
        Assert.Equal(88, scene.Find("lens lenslets")!.Geometry.Instances!.Count);
    }

    [Fact]
    public void Nonsense_view_options_fall_back_to_safe_values()
    {
        var view = ViewOptions.Default with
        {
            SampleScale = double.NaN,
            BeamWidthUm = -3,
            BeamThicknessUm = double.PositiveInfinity,
            BeamExtensionFrontUm = 0,
            StructureScale = double.NaN,
            PolyhedraRadiusA = 1e9,
            BondElements = new(["O", "Nb"]),
            BondMaxA = double.NaN,
        };
        var scene = SceneBuilder.Build(SceneScenario.LiNbO3(view: view));
        SceneChecks.AssertWellFormed(scene);
    }
}
