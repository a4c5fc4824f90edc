using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Tests.Orientation;

namespace DfxrmViz.Core.Tests.Goniometer;

/// <summary>The closed forms of docs/physics.md §7 (modes A and B for esrf-dfxm), coded here from the text, are among the solver's solutions.</summary>
public class EsrfModeFormulaTests
{
    [Fact]
    public void Mode_A_and_mode_B_formulas_agree_with_the_solver()
    {
        var r = new Random(5);
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var compared = 0;
        for (var n = 0; n < 60; n++)
        {
            var cell = RandomGeometry.Cell(r, RandomGeometry.Systems[n % 7]);
            var h = RandomGeometry.Indices(r, 3);
            try
            {
                var mount = SampleFrame.Mount(cell, RandomGeometry.Vector(r), RandomGeometry.Vector(r));
                var b = BraggGeometry.Beams(cell, h, 8 + 30 * r.NextDouble(), mount.U, Frames.SampleFront);
                // Mode A: v = Q̂_S; φ = atan2(−v_z, v_x); χ = atan2(−v_y, ρ); p = R_z(χ)R_y(−φ)k̂0_S; ω = atan2(p_y, p_z).
                var v = b.QSample.Normalized();
                var phi = Math.Atan2(-v.Z, v.X);
                var chi = Math.Atan2(-v.Y, Math.Sqrt(v.X * v.X + v.Z * v.Z));
                var p = Mat3.RotationZ(chi) * Mat3.RotationY(-phi) * b.K0Sample.Normalized();
                var omega = Math.Atan2(p.Y, p.Z);
                var modeA = BraggSolutions.Solve(profile, b.K0Sample, b.KhSample, b.ThetaRad);
                Assert.Contains(modeA.Solutions, s => Near(s, b.ThetaRad, omega, chi, phi));
                // Mode B (φ = 0): M = R*; ω = asin(−M12), χ = atan2(M10, M11), μ = atan2(M02, M22).
                var m = BraggSolutions.TargetRotation(b.K0Sample, b.KhSample, b.ThetaRad);
                var modeB = BraggSolutions.Solve(profile, b.K0Sample, b.KhSample, b.ThetaRad, new FixedAxis("phi", 0));
                Assert.Contains(modeB.Solutions, s => Near(s, Math.Atan2(m.M02, m.M22), Math.Asin(-m.M12), Math.Atan2(m.M10, m.M11), 0));
                Assert.Contains(modeB.Solutions, s => Near(s, Math.Atan2(-m.M02, -m.M22), Math.PI - Math.Asin(-m.M12), Math.Atan2(-m.M10, -m.M11), 0));
                compared++;
            }
            catch (Diagnostics.InputException)
            {
                continue;
            }
        }
        Assert.True(compared > 30);
    }

    private static bool Near(GoniometerSolution s, double mu, double omega, double chi, double phi)
    {
        static double D(double deg, double rad) => Math.Abs(Frames.WrapDeg(deg - rad * 180 / Math.PI));
        return D(s["mu"], mu) < 1e-7 && D(s["omega"], omega) < 1e-7 && D(s["chi"], chi) < 1e-7 && D(s["phi"], phi) < 1e-7;
    }
}
