using System.Globalization;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Units;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>The closed-form search of the held motor (Reachability, HeldMotorSearch) against a brute-force scan of μ in 0.01°
/// steps written here with the generic solver (BraggSolutions.Solve at each μ): random cells of all seven systems, reflections,
/// mounts and limits from a fixed seed, and windows built to be narrower than 0.5°.</summary>
public class ReachabilityClosedFormTests(ITestOutputHelper output)
{
    private const double FineStepDeg = 0.01;
    private static readonly GoniometerProfile Esrf = GoniometerProfiles.Get("esrf-dfxm");

    private sealed record Case(UnitCell Cell, Vec3 Hkl, double EnergyKeV, SampleMount Mount, GoniometerProfile Profile)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"cell {Cell}, hkl {Hkl}, {EnergyKeV} keV, up {Mount.Up}, front {Mount.Front}, limits {string.Join("; ", Profile.Axes.Select(a => $"{a.AsciiName} [{a.Limits.MinDeg:R}, {a.Limits.MaxDeg:R}]"))}");
    }

    private sealed record Scan(bool Reachable, LimitBlock? Block, double WindowDeg, double LeastTotalExcess);

    /// <summary>How far below the 0.01° scan's least total excess the exact one may lie, degrees.</summary>
    private const double TotalSlackDeg = 0.05;

    [Fact]
    public void Every_shipped_four_motor_profile_has_the_closed_form_shape() =>
        Assert.All(GoniometerProfiles.All.Where(p => p.Axes.Count == 4), p => Assert.True(BaseHeldStack.Fits(p), p.Id));

    [Fact]
    public void Closed_form_agrees_with_a_fine_scan_on_random_reflections_mounts_and_limits()
    {
        const int Seed = 20261202, Cases = 500;
        var r = new Random(Seed);
        var (reachable, blocked, finerThanScan, ties, maxGap) = (0, 0, 0, 0, 0.0);
        for (var i = 0; i < Cases; i++)
        {
            var c = RandomCase(r, RandomLimits(r));
            var row = Reachability.Evaluate(c.Cell, [((int)c.Hkl.X, (int)c.Hkl.Y, (int)c.Hkl.Z)], c.EnergyKeV, c.Mount, c.Profile)[0];
            var scan = FineScan(c, stopAtFirst: true);
            var where = $"seed {Seed} case {i}: {c}; closed form: {row.Reason}";
            if (scan.Reachable)
            {
                Assert.True(row.Reachable, where + "; the fine scan reaches it");
                reachable++;
            }
            else if (row.Reachable)
            {
                // A window narrower than the fine step: the closed form's solution must itself be inside every limit.
                AssertInside(c, row, where);
                finerThanScan++;
            }
            else
            {
                var (gap, tie) = AssertSameBlock(c, row, scan, where);
                (blocked, ties, maxGap) = (blocked + 1, ties + (tie ? 1 : 0), Math.Max(maxGap, gap));
            }
        }
        output.WriteLine($"{reachable} reachable, {blocked} blocked ({ties} ties, total excess at most {maxGap:0.#####}° below the scan's), {finerThanScan} in windows narrower than {FineStepDeg}°");
        Assert.True(reachable >= 10 && blocked >= 100, $"seed {Seed}: only {reachable} reachable and {blocked} blocked cases");
        Assert.True(finerThanScan <= Cases / 100, $"seed {Seed}: {finerThanScan} cases reachable only in the closed form");
    }

    [Fact]
    public void Windows_narrower_than_half_a_degree_are_found()
    {
        const int Seed = 777, Cases = 100;
        var r = new Random(Seed);
        var (narrow, missedByHalfDegree) = (0, 0);
        for (var i = 0; i < Cases; i++)
        {
            // Limits of χ and φ a few hundredths of a degree around the angles at a random μ: reachable by construction.
            var c0 = RandomCase(r, Esrf);
            var beams = Beams(c0);
            var mu = -20 + 60 * r.NextDouble();
            var s = BraggSolutions.Solve(Esrf, beams.K0Sample, beams.KhSample, beams.ThetaRad, new FixedAxis("mu", mu)).Solutions[0];
            var half = 0.005 + 0.1 * r.NextDouble();
            var c = c0 with { Profile = WithLimits(Esrf, ("chi", s["chi"] - half, s["chi"] + half), ("phi", s["phi"] - half, s["phi"] + half)) };
            var row = Reachability.Evaluate(c.Cell, [((int)c.Hkl.X, (int)c.Hkl.Y, (int)c.Hkl.Z)], c.EnergyKeV, c.Mount, c.Profile)[0];
            var where = $"seed {Seed} case {i}: {c}, built around mu = {mu:R}; closed form: {row.Reason}";
            Assert.True(row.Reachable, where);
            AssertInside(c, row, where);
            narrow += FineScan(c, stopAtFirst: false).WindowDeg < 0.5 ? 1 : 0;
            missedByHalfDegree += HalfDegreeGridReaches(c, beams) ? 0 : 1;
        }
        output.WriteLine($"{narrow} of {Cases} windows narrower than 0.5°; the 0.5° scan missed {missedByHalfDegree}");
        Assert.True(narrow >= Cases / 2, $"seed {Seed}: only {narrow} windows narrower than 0.5°");
        Assert.True(missedByHalfDegree > 0, $"seed {Seed}: the 0.5° grid found every window (the cases are not narrow enough to test)");
    }

    private static Case RandomCase(Random r, GoniometerProfile profile)
    {
        while (true)
        {
            var cell = RandomGeometry.Cell(r, RandomGeometry.Systems[r.Next(RandomGeometry.Systems.Length)]);
            var hkl = RandomGeometry.Indices(r, 4);
            var energy = Math.Round(8 + 40 * r.NextDouble(), 3);
            var lambda = Photon.WavelengthA(energy);
            if (lambda / (2 * cell.DSpacingA(hkl)) > 0.95)
            {
                continue;
            }
            try
            {
                var mount = SampleFrame.Mount(cell, RandomGeometry.Vector(r), r.Next(3) == 0 ? RandomGeometry.Vector(r) : null);
                return new Case(cell, hkl, energy, mount, profile);
            }
            catch (InputException)
            {
                // Front ∥ up: draw again.
            }
        }
    }

    private static GoniometerProfile RandomLimits(Random r)
    {
        if (r.Next(3) == 0)
        {
            return Esrf;
        }
        double W(double max) => Math.Round(1 + max * r.NextDouble(), 2);
        var mu = (-W(30), W(50));
        return WithLimits(Esrf, ("mu", mu.Item1, mu.Item2), ("omega", r.Next(2) == 0 ? -180 : -W(150), r.Next(2) == 0 ? 180 : W(150)),
            ("chi", -W(25), W(25)), ("phi", -W(25), W(25)));
    }

    private static GoniometerProfile WithLimits(GoniometerProfile p, params (string Axis, double Min, double Max)[] limits) =>
        p with
        {
            Axes = [.. p.Axes.Select(a => limits.FirstOrDefault(l => l.Axis == a.AsciiName) is { Axis: not null } l
                ? a with { Limits = new AxisLimits(l.Min, l.Max, null, true, null) } : a)],
        };

    private static BraggBeams Beams(Case c)
    {
        // The beam rule of Reachability: exit towards ẑ_S (its part ⟂ Q); if Q ∥ ẑ_S then x_S, then y_S (docs/physics.md §4).
        var q = (c.Mount.U * c.Cell.ReciprocalVector(c.Hkl)).Normalized();
        var exit = new[] { Frames.SampleFront, Frames.SampleUp, Vec3.UnitY }.First(e => e.Cross(q).Norm > 1e-6);
        return BraggGeometry.Beams(c.Cell, c.Hkl, c.EnergyKeV, c.Mount.U, exit);
    }

    /// <summary>μ = θ first (the profile's default), then μ over its range in 0.01° steps; every solution of every step.</summary>
    private static Scan FineScan(Case c, bool stopAtFirst)
    {
        var beams = Beams(c);
        var p = c.Profile;
        var all = new List<GoniometerSolution>(BraggSolutions.Solve(p, beams.K0Sample, beams.KhSample, beams.ThetaRad).Solutions);
        if (all.Any(s => s.WithinLimits))
        {
            return new Scan(true, null, double.NaN, 0);
        }
        var mu = p.Axes[0].Limits;
        var steps = (int)Math.Floor((Math.Min(mu.MaxDeg, 180) - Math.Max(mu.MinDeg, -180)) / FineStepDeg + 1e-9);
        var inside = 0;
        for (var k = 0; k <= steps; k++)
        {
            var set = BraggSolutions.Solve(p, beams.K0Sample, beams.KhSample, beams.ThetaRad, new FixedAxis("mu", Math.Max(mu.MinDeg, -180) + k * FineStepDeg));
            if (set.ChosenIndex is not null)
            {
                if (stopAtFirst)
                {
                    return new Scan(true, null, double.NaN, 0);
                }
                inside++;
            }
            all.AddRange(set.Solutions);
        }
        return new Scan(inside > 0, inside > 0 ? null : BraggSolutions.Block(p, all), Math.Max(0, inside - 1) * FineStepDeg,
            all.Count == 0 ? double.NaN : all.Min(s => TotalExcess(p, s)));
    }

    private static bool HalfDegreeGridReaches(Case c, BraggBeams beams)
    {
        for (var mu = -20.0; mu <= 40 + 1e-9; mu += 0.5)
        {
            if (BraggSolutions.Solve(c.Profile, beams.K0Sample, beams.KhSample, beams.ThetaRad, new FixedAxis("mu", mu)).ChosenIndex is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static void AssertInside(Case c, ReachabilityRow row, string where)
    {
        var s = Assert.IsType<GoniometerSolution>(row.Solution);
        Assert.True(s.Residual <= BraggSolutions.Tolerance, where);
        Assert.All(c.Profile.Axes, a => Assert.True(a.Limits.Contains(s[a.AsciiName]), $"{where}; {a.AsciiName} = {s[a.AsciiName]:R}"));
    }

    /// <summary>The least total excess (Σ over the axes, the measure of BraggSolutions.Block) of the closed form is never above
    /// the scan's (by more than 1e-4°: it keeps 1e-7 rad inside the ends of each piece), and below it by no more than the scan's step can explain; the blocking motor and its excess are the scan's
    /// unless two held values are that close in total excess (a tie, counted).</summary>
    private static (double Gap, bool Tie) AssertSameBlock(Case c, ReachabilityRow row, Scan scan, string where)
    {
        var block = Assert.IsType<LimitBlock>(row.Blocked);
        where += $"; scan: {scan.Block!.Message}";
        var beams = Beams(c);
        var closed = BraggSolutions.Solve(c.Profile, beams.K0Sample, beams.KhSample, beams.ThetaRad).Solutions
            .Concat(HeldMotorSearch.Search.Of(c.Profile, beams) is { } search ? HeldMotorSearch.LeastExcessSet(c.Profile, beams, search).Solutions : [])
            .Min(s => TotalExcess(c.Profile, s));
        var gap = scan.LeastTotalExcess - closed;
        Assert.True(gap >= -1e-4, $"{where}; closed form total excess {closed:R} above the scan's {scan.LeastTotalExcess:R}");
        Assert.True(gap <= TotalSlackDeg, $"{where}; closed form total excess {closed:R} far below the scan's {scan.LeastTotalExcess:R}");
        Assert.True(block.ExcessDeg > 0, where);
        var same = block.AxisAsciiName == scan.Block.AxisAsciiName && Math.Abs(block.ExcessDeg - scan.Block.ExcessDeg) <= TotalSlackDeg;
        return (gap, !same);
    }

    private static double TotalExcess(GoniometerProfile p, GoniometerSolution s) => p.Axes.Sum(a => a.Limits.ExcessDeg(s[a.AsciiName]));
}
