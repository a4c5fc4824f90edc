using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

public class MountCheckTests
{
    private static readonly UnitCell LiNbO3 = new(5.14829, 5.14829, 13.8631, 90, 90, 120);

    private static FoundReflection Found(UnitCell cell, SampleMount trueMount, Vec3 h, double energy, GoniometerProfile p)
    {
        var r = OrientationCalculator.ComputeWithMount(cell, h, energy, new OrientationInputs(), p, trueMount);
        var s = r.Solutions.Solutions[0];
        return new FoundReflection((h.X, h.Y, h.Z), s.AnglesDeg.ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    // Issue 7 "Must show": a known misorientation is recovered to 1e-6°, over random cells, mounts and profiles.
    [Fact]
    public void Round_trip_recovers_a_known_misorientation()
    {
        var r = new Random(77);
        var checkedCases = 0;
        for (var n = 0; n < 70; n++)
        {
            var cell = RandomGeometry.Cell(r, RandomGeometry.Systems[n % 7]);
            var profile = GoniometerProfiles.All[n % GoniometerProfiles.All.Count];
            var energy = 10 + 40 * r.NextDouble();
            Vec3 h1 = RandomGeometry.Indices(r, 3), h2 = RandomGeometry.Indices(r, 3);
            var angle = 0.01 + 5 * r.NextDouble();
            var delta = Mat3.Rotation(new Vec3(r.NextDouble() - 0.5, r.NextDouble() - 0.5, r.NextDouble() - 0.5), angle * Math.PI / 180);
            try
            {
                var assumed = SampleFrame.Mount(cell, RandomGeometry.Vector(r), RandomGeometry.Vector(r));
                var truth = assumed with { U = delta * assumed.U };
                var f1 = Found(cell, truth, h1, energy, profile);
                var f2 = Found(cell, truth, h2, energy, profile);
                var c = MountCheck.Check(cell, energy, profile, assumed, f1, f2, toleranceDeg: 1e-6);
                Assert.Equal(angle, c.MisorientationDeg, 1e-6);
                Assert.False(c.RotationAboutQFree);
                Assert.True(Math.Abs(c.InterReflectionAngleErrorDeg!.Value) < 1e-8);
                for (var i = 0; i < 3; i++)
                {
                    Assert.Equal(0, (c.UTrue.Row(i) - truth.U.Row(i)).Norm, 1e-10);
                }
                checkedCases++;
            }
            catch (InputException)
            {
                continue; // parallel pair, front ∥ up, unreachable energy or e ∥ Q drawn at random
            }
        }
        Assert.True(checkedCases > 35, $"only {checkedCases} cases");
    }

    [Fact]
    public void One_reflection_leaves_the_rotation_about_Q_free_and_reports_which_direction_is_up()
    {
        var p = GoniometerProfiles.Get("esrf-dfxm");
        var assumed = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var tilt = Mat3.Rotation(new Vec3(0, 1, 0), 1.5 * Math.PI / 180); // tilt about y_S: Q leaves up by 1.5°
        var f = Found(LiNbO3, assumed with { U = tilt * assumed.U }, new Vec3(1, -1, 2), 17, p);
        var c = MountCheck.Check(LiNbO3, 17, p, assumed, f, planned: (1, -1, 2));
        Assert.True(c.RotationAboutQFree);
        Assert.Equal(1.5, c.MisorientationDeg, 1e-9);
        // Up is no longer ∥ (1 −1 2): the plane indices of the up direction differ from (1 −1 2)/2 by the tilt.
        var upPlane = c.Up.Plane;
        var angleUp = (LiNbO3.B * upPlane).AngleTo(LiNbO3.B * new Vec3(1, -1, 2)) * 180 / Math.PI;
        Assert.Equal(1.5, angleUp, 1e-9);
        // The planned reflection recomputed with the true U is still solvable, with μ = θ in mode A.
        var chosen = c.Planned!.Solutions.Solutions[0];
        Assert.Equal(11.161382 / 2, chosen["mu"], 5e-7);
    }

    [Fact]
    public void Inconsistent_pair_says_by_how_much()
    {
        var p = GoniometerProfiles.Get("dfxrm-vis");
        var assumed = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var f1 = Found(LiNbO3, assumed, new Vec3(1, -1, 2), 17, p);
        var f2 = Found(LiNbO3, assumed, new Vec3(1, 0, 4), 17, p);
        var wrong = f2 with { AnglesDeg = f2.AnglesDeg.ToDictionary(kv => kv.Key, kv => kv.Key == "chi" ? kv.Value + 3 : kv.Value) };
        var ex = Assert.Throws<InputException>(() => MountCheck.Check(LiNbO3, 17, p, assumed, f1, wrong));
        Assert.Contains("disagrees with the cell by", ex.Message);
        Assert.Equal("found[1]", ex.Problem.Field);
    }

    [Fact]
    public void Missing_motor_angle_is_named()
    {
        var p = GoniometerProfiles.Get("esrf-dfxm");
        var assumed = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var f = new FoundReflection((1, -1, 2), new Dictionary<string, double> { ["mu"] = 5.58, ["omega"] = 0, ["chi"] = 0 });
        var ex = Assert.Throws<InputException>(() => MountCheck.Check(LiNbO3, 17, p, assumed, f));
        Assert.Equal("found[0].angles.phi", ex.Problem.Field);
    }
}
