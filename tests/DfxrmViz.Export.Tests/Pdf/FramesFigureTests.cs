using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Export.Pdf.Figure;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The help page's geometry figure: its goniometer arrows are the profile's axes at the drawn angles (docs/physics.md §7:
/// stage i turns about its axis in the frame of the stages below it), its sample arrows the frame S of the drawn sample.</summary>
public class FramesFigureTests
{
    private static (Core.Scene.SceneModel Scene, PlannedOrientation O) Example()
    {
        var r = new PlanPipeline().Compute(Plan.Example with { Up = null, Front = null });
        return (r.Scene.Value!, r.Orientation.Value!);
    }

    private static Vec3 Direction(SceneArrow a) => (a.To - a.From).Normalized();

    [Fact]
    public void The_esrf_arrows_are_mu_about_y_then_omega_about_x_turned_by_mu()
    {
        var (scene, o) = Example();
        var profile = o.Profile;
        Assert.Equal("esrf-dfxm", profile.Id);
        var angles = o.Chosen!.AnglesDeg.Select(a => a.Value * Math.PI / 180).ToList();
        Assert.Equal(5.58, angles[0] * 180 / Math.PI, 2); // μ = θ of (1 −1 2) at 17 keV (docs/physics.md §7 cross-check)
        var arrows = FramesFigure.Overlay(scene, profile).OfType<SceneArrow>().ToList();
        Assert.Equal(3 + profile.Axes.Count, arrows.Count);
        var g = scene.LabToGltf;
        var mu = g * profile.Axes[0].AxisLab;
        Assert.True((Direction(arrows[3]) - mu).Norm < 1e-12, $"μ arrow {Direction(arrows[3])}, expected {mu}");
        var omega = Mat3.Rotation(mu, angles[0]) * (g * profile.Axes[1].AxisLab);
        Assert.True((Direction(arrows[4]) - omega).Norm < 1e-12, $"ω arrow {Direction(arrows[4])}, expected {omega}");
        Assert.True(Math.Abs(Direction(arrows[4]).Dot(g * new Vec3(0, 0, 1)) + Math.Sin(angles[0])) < 1e-12, "ω tilted by μ out of the vertical");
    }

    [Fact]
    public void The_sample_arrows_are_the_drawn_sample_frame_and_every_label_names_its_axis()
    {
        var (scene, o) = Example();
        var shapes = FramesFigure.Overlay(scene, o.Profile).ToList();
        var arrows = shapes.OfType<SceneArrow>().ToList();
        var r = scene.WorldRotation("sample");
        Assert.True((Direction(arrows[0]) - r * Vec3.UnitX).Norm < 1e-12);
        Assert.True((Direction(arrows[2]) - r * Vec3.UnitZ).Norm < 1e-12);
        Assert.Equal(1, Direction(arrows[0]).Cross(Direction(arrows[1])).Dot(Direction(arrows[2])), 12); // right-handed
        var labels = shapes.OfType<SceneLabel>().Select(l => l.Text).ToList();
        Assert.Equal(["x_S (up)", "y_S", "z_S (exit normal)", "x_L (up)", "y_L = z_L × x_L", "z_L (beam)", "1 μ", "2 ω", "3 χ", "4 φ"], labels);
        var views = FramesFigure.BeamAndSide(scene, o.Profile);
        Assert.Equal(["Along the beam", "From the side"], views.Select(v => v.Title));
    }
}
