using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Tests.Orientation;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>A fixed count of random inputs from a fixed seed, including zero, parallel, NaN and ∞: only InputException escapes, every output is finite.</summary>
public class OrientationFuzzTests
{
    private static readonly double[] Specials = [0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-300, 1e300, -1];

    private static double Num(Random r) => r.NextDouble() < 0.15 ? Specials[r.Next(Specials.Length)] : Math.Round((r.NextDouble() - 0.5) * 8, r.Next(0, 3));

    private static LatticeVector? Vec(Random r, Vec3 h) => r.Next(5) switch
    {
        0 => null,
        1 => new LatticeVector(h * 2, LatticeVectorKind.Plane), // parallel to Q
        2 => new LatticeVector(Vec3.Zero, LatticeVectorKind.Direction),
        _ => new LatticeVector(new Vec3(Num(r), Num(r), Num(r)), r.Next(2) == 0 ? LatticeVectorKind.Plane : LatticeVectorKind.Direction),
    };

    [Fact]
    public void Only_input_exceptions_escape_and_outputs_are_finite()
    {
        const int Seed = 4242, Cases = 20000;
        var r = new Random(Seed);
        var ok = 0;
        var profiles = GoniometerProfiles.All;
        for (var i = 0; i < Cases; i++)
        {
            var cell = r.Next(4) == 0 ? new UnitCell(Num(r), 5, 6, 90, Num(r) * 40, 100) : RandomGeometry.Cell(r, RandomGeometry.Systems[r.Next(7)]);
            var h = new Vec3(Num(r), Num(r), Num(r));
            var inputs = new OrientationInputs(Vec(r, h), Vec(r, h), r.Next(3) == 0 ? Vec(r, h) : null, r.Next(2) == 0, r.Next(3) == 0,
                r.Next(3) == 0 ? null : new SampleBoxUm(Num(r) * 100, Num(r) * 100, Num(r) * 100),
                r.Next(2) == 0 ? null : Num(r) * 50, r.Next(4) == 0 ? new FixedAxis(r.Next(2) == 0 ? "phi" : "nope", Num(r)) : null,
                r.Next(4) == 0 ? Num(r) * 20 : 0);
            var energy = r.Next(5) == 0 ? Num(r) : 5 + 60 * r.NextDouble();
            var profile = profiles[r.Next(profiles.Count)];
            try
            {
                var res = OrientationCalculator.Compute(cell, (h.X, h.Y, h.Z), energy, inputs, profile);
                Assert.True(FirstNonFinite(res) is null,
                    $"seed {Seed} case {i}: {FirstNonFinite(res)} not finite for cell {cell}, hkl {h}, {energy} keV, {inputs}, {profile.Id}");
                ok++;
            }
            catch (InputException)
            {
            }
        }
        Assert.True(ok > 20, $"only {ok} valid cases");
    }

    [Fact]
    public void Mount_check_and_reachability_fail_only_with_input_exceptions()
    {
        const int Cases = 3000;
        var r = new Random(99);
        var cell = new UnitCell(5.14829, 5.14829, 13.8631, 90, 90, 120);
        var p = GoniometerProfiles.Get("esrf-dfxm");
        var mount = SampleFrame.Mount(cell, LatticeVector.Plane(1, -1, 2), null);
        for (var i = 0; i < Cases; i++)
        {
            var angles = p.Axes.Where(_ => r.Next(8) != 0).ToDictionary(a => a.AsciiName, _ => Num(r) * 40);
            var f1 = new FoundReflection((Num(r), Num(r), Num(r)), angles);
            var f2 = r.Next(2) == 0 ? null : f1 with { Hkl = (Num(r), Num(r), Num(r)) };
            try
            {
                var c = MountCheck.Check(cell, 17, p, mount, f1, f2, Math.Abs(Num(r)), planned: (1, -1, 2));
                Assert.True(double.IsFinite(c.MisorientationDeg) && c.Up.Plane.IsFinite && c.Front.Direction.IsFinite);
            }
            catch (InputException)
            {
            }
            try
            {
                var rows = Reachability.Evaluate(cell, [(r.Next(-9, 9), r.Next(-9, 9), r.Next(-9, 9))], r.Next(4) == 0 ? Num(r) : 17, mount, p, Num(r) * 10, 45);
                Assert.All(rows, x => Assert.False(string.IsNullOrEmpty(x.Reason)));
            }
            catch (InputException)
            {
            }
        }
    }

    private static string? FirstNonFinite(OrientationResult res)
    {
        var checks = new List<(string Name, bool Finite)>
        {
            ("2θ", double.IsFinite(res.TwoThetaDeg)), ("d", double.IsFinite(res.DA)), ("Q", res.QSampleInvA.IsFinite),
            ("k0", res.K0SampleInvA.IsFinite), ("kh", res.KhSampleInvA.IsFinite), ("up", res.UpSample.IsFinite), ("front", res.FrontSample.IsFinite),
            ("angles", res.Solutions.Solutions.All(s => s.AnglesDeg.All(a => double.IsFinite(a.Value)))),
            ("beam path", res.BeamPathUm is not { } b || (double.IsFinite(b.Incident) && double.IsFinite(b.Diffracted))),
            ("transmission", res.Transmission is null || double.IsFinite(res.Transmission.Value)),
            ("slab transmission", res.Slab is null || double.IsFinite(res.Slab.Transmission)),
        };
        return checks.FirstOrDefault(c => !c.Finite).Name;
    }
}
