using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>Checks of a <see cref="LensRequest"/> and of the finiteness of a result (HELPERS.md: never NaN/∞).</summary>
internal static class LensRequestChecks
{
    /// <summary>Returns 2θ in rad, d_tot in mm and the API field the distance came from.</summary>
    public static (double TwoThetaRad, double DTotMm, string Field) Check(LensRequest r)
    {
        if (!double.IsFinite(r.EnergyKeV) || r.EnergyKeV <= 0)
        {
            throw Bad("energyKeV", $"The energy must be a positive number of keV; got {InputProblem.Show(r.EnergyKeV)}.");
        }
        if (!double.IsFinite(r.TwoThetaDeg) || r.TwoThetaDeg < 0 || r.TwoThetaDeg >= 180)
        {
            throw Bad("twoThetaDeg", $"2θ must be between 0° and 180°; got {InputProblem.Show(r.TwoThetaDeg)}°.");
        }
        Optional(r.ApertureRadiusUm, "apertureRadiusUm", "aperture radius R0", allowZero: false);
        Optional(r.WebThicknessUm, "webThicknessUm", "web thickness", allowZero: true);
        var twoThetaRad = r.TwoThetaDeg * Math.PI / 180;
        return (r.DTotMm, r.DTotPrimeMm) switch
        {
            (double d, null) => (twoThetaRad, Positive(d, "dTotMm", "d_tot"), "dTotMm"),
            (null, double p) => (twoThetaRad, FromProjection(Positive(p, "dTotPrimeMm", "d_tot′"), r.TwoThetaDeg, twoThetaRad), "dTotPrimeMm"),
            (null, null) => throw Bad("dTotMm", "Give the sample–detector distance: dTotMm or dTotPrimeMm."),
            _ => throw Bad("dTotMm", "Give either dTotMm or dTotPrimeMm, not both."),
        };
    }

    private static double FromProjection(double dTotPrimeMm, double twoThetaDeg, double twoThetaRad)
    {
        var cos = Math.Cos(twoThetaRad);
        return cos > 1e-3 && double.IsFinite(dTotPrimeMm / cos) ? dTotPrimeMm / cos
            : throw Bad("dTotPrimeMm", $"d_tot′ (the projection on the incident beam) needs 2θ below 90°; at 2θ = {InputProblem.Show(twoThetaDeg)}° give dTotMm instead.");
    }

    private static double Positive(double value, string field, string name) =>
        double.IsFinite(value) && value > 0 && value <= 1e7 ? value
            : throw Bad(field, $"{name} must be a positive number of mm up to 10 km; got {InputProblem.Show(value)}.");

    private static void Optional(double? value, string field, string name, bool allowZero)
    {
        if (value is double v && (!double.IsFinite(v) || v < 0 || (!allowZero && v == 0) || v > 1e6))
        {
            throw Bad(field, $"The {name} must be a {(allowZero ? "non-negative" : "positive")} number of µm; got {InputProblem.Show(v)}.");
        }
    }

    private static InputException Bad(string field, string message) => new(new InputProblem(field, message));

    /// <summary>Refuses a result with a non-finite number (extreme inputs), instead of returning NaN/∞.</summary>
    public static LensResult Finite(LensResult r) => IsFinite(r) ? r : throw new InputException(NotFinite);

    /// <summary>The problem <see cref="Finite"/> reports.</summary>
    public static InputProblem NotFinite => new("lens", "These inputs give no finite lens solution; check the energy, distances and lens file.") { PhysicallyImpossible = true };

    /// <summary>Whether every number of <paramref name="r"/> is finite (what <see cref="Finite"/> requires).</summary>
    public static bool IsFinite(LensResult r)
    {
        // Checked in place (a span, then the roots one by one), as the lens plot's 236 energies per edit are (LensCalculator.TryImage):
        // building one array of every value was a tenth of what a session allocated under ./loadtest.sh.
        return AllFinite([r.DeltaLens, r.BetaLens, r.FocalLengthPerLensletMm, r.FocalLengthMm, r.D1Mm, r.DLMm, r.D2Mm, r.DTotMm,
            r.Magnification, r.MountPointMm.X, r.MountPointMm.Y, r.Transmission ?? 0, r.DTotPrimeMm, r.EffectiveApertureRmsUm ?? 0,
            r.NumericalApertureRms ?? 0], r.Roots);
    }

    /// <summary>Whether <paramref name="values"/> and every root's d1, d2 and magnification are finite (checked in place).</summary>
    internal static bool AllFinite(ReadOnlySpan<double> values, IReadOnlyList<ImagingRoot> roots)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }
        foreach (var x in roots)
        {
            if (!double.IsFinite(x.D1Mm) || !double.IsFinite(x.D2Mm) || !double.IsFinite(x.Magnification))
            {
                return false;
            }
        }
        return true;
    }
}
