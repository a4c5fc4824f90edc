using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Tests.Orientation;

namespace DfxrmViz.Core.Tests.Goniometer;

/// <summary>Property tests (seeded random, bounded time): every solution satisfies the Bragg conditions to 1e-9, and the
/// number of solutions equals an independent 0.1°-grid scan refined by bisection (docs/physics.md §7; issue 7 "Must show").</summary>
public class BraggSolutionsPropertyTests
{
    private static readonly (string Profile, FixedAxis? Fixed)[] Configs =
    [
        ("esrf-dfxm", null),                      // mode A: μ = θ
        ("esrf-dfxm", new FixedAxis("phi", 0)),   // mode B: φ = 0
        ("esrf-dfxm", new FixedAxis("chi", 3.7)), // a middle motor fixed
        ("dfxrm-vis", null),
        ("generic-eulerian", null),
    ];

    [Fact]
    public void Every_solution_meets_the_Bragg_conditions_and_the_count_matches_a_brute_force_scan()
    {
        var r = new Random(20240607);
        int compared = 0, solutions = 0;
        for (var n = 0; n < 140; n++)
        {
            var system = RandomGeometry.Systems[n % 7];
            var cell = RandomGeometry.Cell(r, system);
            var h = RandomGeometry.Indices(r, 4);
            var energy = 5 + 75 * r.NextDouble();
            if (12.398419843320026 / energy / (2 * RandomGeometry.DFromMetric(cell, h)) > 0.95)
            {
                continue;
            }
            SampleMount mount;
            BraggBeams beams;
            try
            {
                mount = SampleFrame.Mount(cell, RandomGeometry.Vector(r), RandomGeometry.Vector(r));
                beams = BraggGeometry.Beams(cell, h, energy, mount.U, Frames.SampleFront);
            }
            catch (Diagnostics.InputException)
            {
                continue; // front ∥ up or e ∥ Q drawn at random
            }
            var theta = RandomGeometry.Theta(cell, h, energy);
            foreach (var (id, fixedAxis) in Configs)
            {
                var profile = GoniometerProfiles.Get(id);
                var set = BraggSolutions.Solve(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad, fixedAxis);
                foreach (var s in set.Solutions)
                {
                    AssertBragg(profile, s, beams, theta, $"{system} {h} {id}");
                    solutions++;
                }
                var fixedRad = FixedRad(profile, fixedAxis ?? profile.DefaultFixed, theta);
                var roots = BruteForce.Roots(profile, Target(beams.K0Sample, beams.KhSample, theta), fixedRad, out var ambiguous);
                if (ambiguous)
                {
                    continue; // tangent or near-coincident roots: a grid cannot count them
                }
                Assert.True(roots.Count == set.Solutions.Count, $"{system} {h} {id}: brute force {roots.Count}, solver {set.Solutions.Count}");
                compared++;
            }
        }
        Assert.True(compared > 300, $"only {compared} comparisons");
        Assert.True(solutions > 500, $"only {solutions} solutions");
    }

    /// <summary>Independent check with the profile's rotation stack: k0 ∥ beam, kh in the vertical plane and going up, ∠ = 2θ.</summary>
    private static void AssertBragg(GoniometerProfile profile, GoniometerSolution s, BraggBeams beams, double theta, string what)
    {
        var g = Mat3.Identity;
        for (var i = 0; i < profile.Axes.Count; i++)
        {
            Assert.True(s.AnglesDeg[i].Value > -180 && s.AnglesDeg[i].Value <= 180, $"{what}: angle {s.AnglesDeg[i].Value} outside (−180°, 180°]");
            g *= Mat3.Rotation(profile.Axes[i].AxisLab, s.AnglesDeg[i].Value * Math.PI / 180);
        }
        var k0 = g * beams.K0Sample.Normalized();
        var kh = g * beams.KhSample.Normalized();
        Assert.True((k0 - new Vec3(0, 0, 1)).Norm < 1e-9, $"{what}: k0 off the beam by {(k0 - new Vec3(0, 0, 1)).Norm}");
        Assert.True(Math.Abs(kh.Y) < 1e-9, $"{what}: kh out of the scattering plane by {kh.Y}");
        Assert.True(Math.Abs(k0.AngleTo(kh) - 2 * theta) < 1e-9, $"{what}: angle error {k0.AngleTo(kh) - 2 * theta}");
        Assert.True(kh.X > 0, $"{what}: diffracted beam must go up");
    }

    /// <summary>Target rotation built in the test: maps k̂0 → ẑ and the scattering-plane normal to −ŷ (kh up).</summary>
    private static Mat3 Target(Vec3 k0, Vec3 kh, double theta)
    {
        var khL = new Vec3(Math.Sin(2 * theta), 0, Math.Cos(2 * theta));
        static Mat3 F(Vec3 a, Vec3 b)
        {
            var e1 = a.Normalized();
            var e3 = a.Cross(b).Normalized();
            return Mat3.FromColumns(e1, e3.Cross(e1), e3);
        }
        return F(new Vec3(0, 0, 1), khL) * F(k0, kh).Transpose();
    }

    private static double?[] FixedRad(GoniometerProfile profile, FixedAxis? f, double theta)
    {
        var rad = new double?[profile.Axes.Count];
        if (profile.Axes.Count == 4 && f is not null)
        {
            rad[profile.IndexOf(f.AsciiName)] = f.ValueDeg is double d ? d * Math.PI / 180 : theta;
        }
        return rad;
    }
}
