using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>Orientation from N ≥ 2 found reflections (issue 12 "orientation from many reflections"; docs/physics.md §6 "Mount
/// check"): seeded random cells of all seven systems, a known misorientation, exact goniometer angles of 2–6 reflections plus
/// Gaussian noise of 0.01° on every motor.</summary>
public class MountFitTests
{
    private const double NoiseDeg = 0.01;

    private sealed record Scene(int Case, string System, UnitCell Cell, GoniometerProfile Profile, double EnergyKeV, SampleMount Assumed,
        SampleMount Truth, List<Vec3> Hkls, List<FoundReflection> Found)
    {
        public override string ToString() =>
            $"case {Case}: {System} cell ({Cell.AA:0.####} {Cell.BA:0.####} {Cell.CA:0.####} {Cell.AlphaDeg:0.###} {Cell.BetaDeg:0.###} " +
            $"{Cell.GammaDeg:0.###}), {Profile.Id}, {EnergyKeV:0.###} keV, up {Assumed.Up}, front {Assumed.Front}, reflections " +
            string.Join("; ", Found.Select(f => $"({f.Hkl.H} {f.Hkl.K} {f.Hkl.L}) at " + string.Join(" ", f.AnglesDeg.Select(kv => $"{kv.Key} {kv.Value:0.######}"))));
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static Vec3 RandomAxis(Random r) => new Vec3(Gauss(r), Gauss(r), Gauss(r)).Normalized();

    private static Dictionary<string, double> Angles(UnitCell cell, SampleMount mount, Vec3 h, double energy, GoniometerProfile p) =>
        OrientationCalculator.ComputeWithMount(cell, h, energy, new OrientationInputs(), p, mount).Solutions.Solutions[0].AnglesDeg
            .ToDictionary(kv => kv.Key, kv => kv.Value);

    /// <summary>A random scene with <paramref name="count"/> reflections (≥ 2° apart, θ &lt; 72°), or null when the draw fails.</summary>
    private static Scene? Draw(Random r, int n, int count, double noiseDeg)
    {
        var system = RandomGeometry.Systems[n % 7];
        var cell = RandomGeometry.Cell(r, system);
        var profile = GoniometerProfiles.All[n % GoniometerProfiles.All.Count];
        var energy = 10 + 30 * r.NextDouble();
        var delta = Mat3.Rotation(RandomAxis(r), Frames.Rad(0.05 + 3 * r.NextDouble()));
        try
        {
            var assumed = SampleFrame.Mount(cell, RandomGeometry.Vector(r), RandomGeometry.Vector(r));
            var truth = assumed with { U = delta * assumed.U };
            var hkls = new List<Vec3>();
            for (var tries = 0; hkls.Count < count && tries < 200; tries++)
            {
                var h = RandomGeometry.Indices(r, 3);
                var g = cell.ReciprocalVector(h).Normalized();
                if (12.398419843320026 / energy / (2 * RandomGeometry.DFromMetric(cell, h)) < 0.95 &&
                    hkls.All(o => g.Cross(cell.ReciprocalVector(o).Normalized()).Norm > Math.Sin(Frames.Rad(2))))
                {
                    hkls.Add(h);
                }
            }
            if (hkls.Count < count)
            {
                return null;
            }
            var found = hkls.Select(h => new FoundReflection((h.X, h.Y, h.Z),
                Angles(cell, truth, h, energy, profile).ToDictionary(kv => kv.Key, kv => kv.Value + noiseDeg * Gauss(r)))).ToList();
            return new Scene(n, system, cell, profile, energy, assumed, truth, hkls, found);
        }
        catch (InputException)
        {
            return null; // front ∥ up drawn at random
        }
    }

    private static double AngleDeg(Mat3 a, Mat3 b) => Frames.Deg(MountCheck.AxisAngle(a * b.Transpose()).AngleRad);

    // Two noise-free reflections: the least-squares U is the Busing–Levy triad U = T_S T_Cᵀ [BL67 §4], written out here.
    [Fact]
    public void Two_noise_free_reflections_give_the_Busing_Levy_U()
    {
        const int Seed = 120601, Cases = 70;
        var r = new Random(Seed);
        var compared = 0;
        for (var n = 0; n < Cases; n++)
        {
            if (Draw(r, n, 2, 0) is not { } s)
            {
                continue;
            }
            var c = MountCheck.Check(s.Cell, s.EnergyKeV, s.Profile, s.Assumed, s.Found, toleranceDeg: 1e-6);
            var qc = s.Hkls.Select(h => s.Cell.ReciprocalVector(h).Normalized()).ToList();
            var qs = s.Found.Select(f => s.Profile.Rotation([.. s.Profile.Axes.Select(a => Frames.Rad(f.AnglesDeg[a.AsciiName]))]).Transpose()
                * Frames.LabScatteringUnit(BraggGeometry.ThetaRad(s.Cell, new Vec3(f.Hkl.H, f.Hkl.K, f.Hkl.L), s.EnergyKeV), 0)).ToList();
            var busingLevy = Triad(qs[0], qs[1]) * Triad(qc[0], qc[1]).Transpose();
            Assert.True(AngleDeg(c.UTrue, busingLevy) < 1e-8, $"seed {Seed}, {s}: Kabsch vs Busing–Levy {AngleDeg(c.UTrue, busingLevy)}°");
            Assert.True(AngleDeg(c.UTrue, s.Truth.U) < 1e-8, $"seed {Seed}, {s}");
            Assert.True(c.Fit!.Residuals.All(x => x.ResidualDeg < 1e-8), $"seed {Seed}, {s}");
            compared++;
        }
        Assert.True(compared > 50, $"only {compared} cases");
    }

    private static Mat3 Triad(Vec3 v1, Vec3 v2)
    {
        var t3 = v1.Cross(v2).Normalized();
        return Mat3.FromColumns(v1.Normalized(), t3.Cross(v1.Normalized()), t3);
    }

    // Round trip with noise: U within the noise, the misorientation and its uncertainty consistent, nothing flagged.
    [Fact]
    public void Two_to_six_noisy_reflections_recover_U_within_the_noise()
    {
        const int Seed = 120602, Cases = 210;
        var r = new Random(Seed);
        var ratios = new List<double>();
        for (var n = 0; n < Cases; n++)
        {
            var count = 2 + n % 5;
            if (Draw(r, n, count, NoiseDeg) is not { } s)
            {
                continue;
            }
            var c = MountCheck.Check(s.Cell, s.EnergyKeV, s.Profile, s.Assumed, s.Found, toleranceDeg: 1);
            var error = AngleDeg(c.UTrue, s.Truth.U);
            // Each direction moves by at most √(axes) × the per-motor noise; 6σ of that bounds the error of U.
            var bound = 6 * NoiseDeg * Math.Sqrt(s.Profile.Axes.Count);
            Assert.True(error < bound, $"seed {Seed}, {s}: U off by {error}° (bound {bound}°)");
            Assert.Equal(AngleDeg(s.Truth.U, s.Assumed.U), c.MisorientationDeg, bound);
            Assert.True(c.Fit!.FlaggedIndex is null, $"seed {Seed}, {s}: reflection {c.Fit.FlaggedIndex} flagged on noise alone");
            Assert.Equal(count, c.Fit.Residuals.Count);
            if (count >= 4)
            {
                ratios.Add(error / c.Fit.UncertaintyDeg);
            }
        }
        Assert.True(ratios.Count > 60, $"only {ratios.Count} cases with four or more reflections");
        // The stated 1σ uncertainty is the right size: the mean squared ratio of true error to it is of order 1.
        var meanSquare = ratios.Average(x => x * x);
        Assert.InRange(meanSquare, 0.2, 3);
    }

    // One of three to six reflections found 2° away from where the others put it is flagged, with its leave-one-out residual ≈ 2°.
    [Fact]
    public void A_reflection_that_disagrees_is_flagged()
    {
        const int Seed = 120603, Cases = 84;
        var r = new Random(Seed);
        var checkedCases = 0;
        for (var n = 0; n < Cases; n++)
        {
            var count = 3 + n % 4;
            if (Draw(r, n, count, NoiseDeg) is not { } s)
            {
                continue;
            }
            var bad = r.Next(count);
            var h = s.Hkls[bad];
            var q = s.Truth.U * s.Cell.ReciprocalVector(h);
            var tilt = Mat3.Rotation(q.Cross(RandomAxis(r)), Frames.Rad(2));
            s.Found[bad] = s.Found[bad] with { AnglesDeg = Angles(s.Cell, s.Truth with { U = tilt * s.Truth.U }, h, s.EnergyKeV, s.Profile) };
            var c = MountCheck.Check(s.Cell, s.EnergyKeV, s.Profile, s.Assumed, s.Found, toleranceDeg: 5);
            Assert.True(c.Fit!.FlaggedIndex == bad, $"seed {Seed}, {s}: flagged {c.Fit.FlaggedIndex?.ToString() ?? "none"}, the wrong one is {bad}");
            Assert.Equal(2, c.Fit.Residuals[bad].LeaveOneOutDeg!.Value, 0.2);
            checkedCases++;
        }
        Assert.True(checkedCases > 60, $"only {checkedCases} cases");
    }

    [Fact]
    public void Parallel_reflections_alone_cannot_fix_the_rotation()
    {
        var r = new Random(5);
        Scene? s = null;
        for (var n = 0; s is null; n++)
        {
            s = Draw(r, n, 2, 0);
        }
        var twice = new List<FoundReflection> { s.Found[0], s.Found[0], s.Found[0] with { Hkl = (2 * s.Found[0].Hkl.H, 2 * s.Found[0].Hkl.K, 2 * s.Found[0].Hkl.L) } };
        var ex = Assert.Throws<InputException>(() => MountCheck.Check(s.Cell, s.EnergyKeV, s.Profile, s.Assumed, twice));
        Assert.Equal("found[1]", ex.Problem.Field);
    }
}
