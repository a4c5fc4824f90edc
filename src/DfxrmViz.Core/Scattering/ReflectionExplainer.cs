using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Scattering;

/// <summary>Says why a typed hkl can or cannot be used (issue 6, "why not"): (0 0 0), absent by symmetry (naming the
/// operation: centring, screw axis or glide plane), beyond λ/2d = 1 (needs E ≥ hc/(2d) keV), 2θ outside the window
/// (with the energy range that would bring it in, docs/physics.md §4), |F|² ≈ 0 (below 1e-6 × the strongest in the window).</summary>
public static class ReflectionExplainer
{
    /// <summary>The verdict on <paramref name="hkl"/>; never throws for a valid crystal, energy and window.</summary>
    /// <exception cref="InputException">bad energy or window (as <see cref="ReflectionCalculator.Compute"/>).</exception>
    public static ReflectionVerdict Explain(Crystal.Crystal crystal, Hkl hkl, double energyKeV, double twoThetaMinDeg,
        double twoThetaMaxDeg, ScatteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        options ??= ScatteringOptions.Default;
        var lambda = BraggWindow.WavelengthA(energyKeV);
        BraggWindow.Validate(twoThetaMinDeg, twoThetaMaxDeg);
        if (hkl.IsOrigin)
        {
            return new(hkl, ReflectionStatus.Origin, "(0 0 0) is the direct beam, not a reflection: choose h, k, l not all zero.");
        }
        var d = crystal.Cell.DSpacingA(new Vec3(hkl.H, hkl.K, hkl.L));
        var eMin = BraggWindow.MinEnergyKeV(d, twoThetaMaxDeg);
        var eMax = BraggWindow.MaxEnergyKeV(d, twoThetaMinDeg);
        double? eMaxOrNull = double.IsFinite(eMax) ? eMax : null;
        if (AbsenceCause(crystal.SpaceGroup, hkl) is { } cause)
        {
            return new(hkl, ReflectionStatus.SystematicallyAbsent,
                $"{hkl.InParentheses} is systematically absent in {crystal.SpaceGroup.HermannMauguin}: {cause}.", d, null, 0, eMin, eMaxOrNull);
        }
        var twoTheta = BraggWindow.TwoThetaDeg(d, lambda);
        if (double.IsNaN(twoTheta))
        {
            var bragg = Units.PhysicalConstants.HcKeVA / (2 * d);
            return new(hkl, ReflectionStatus.BeyondBraggLimit,
                $"{hkl.InParentheses} (d = {Show(d)} Å) cannot diffract at {Show(energyKeV)} keV (λ/2d > 1): it needs E ≥ {Show(bragg)} keV " +
                $"(2θ = 180°), and E ≥ {Show(eMin)} keV for 2θ ≤ {Show(twoThetaMaxDeg)}°.", d, null, null, eMin, eMaxOrNull);
        }
        if (twoTheta < twoThetaMinDeg || twoTheta > twoThetaMaxDeg)
        {
            var range = eMaxOrNull is { } hi ? $"E between {Show(eMin)} and {Show(hi)} keV" : $"E ≥ {Show(eMin)} keV";
            return new(hkl, ReflectionStatus.OutsideWindow,
                $"{hkl.InParentheses}: 2θ = {Show(twoTheta)}° at {Show(energyKeV)} keV is outside [{Show(twoThetaMinDeg)}°, {Show(twoThetaMaxDeg)}°]; " +
                $"it lies inside for {range}.", d, twoTheta, null, eMin, eMaxOrNull);
        }
        return Intensity(crystal, hkl, energyKeV, twoThetaMinDeg, twoThetaMaxDeg, options, d, twoTheta, eMin, eMaxOrNull);
    }

    /// <summary>Throws <see cref="InputException"/> (PhysicallyImpossible, except for (0 0 0)) with the verdict's message
    /// unless <paramref name="hkl"/> is reachable; returns the verdict otherwise.</summary>
    public static ReflectionVerdict RequireReachable(Crystal.Crystal crystal, Hkl hkl, double energyKeV, double twoThetaMinDeg,
        double twoThetaMaxDeg, ScatteringOptions? options = null, string field = "hkl")
    {
        var v = Explain(crystal, hkl, energyKeV, twoThetaMinDeg, twoThetaMaxDeg, options);
        return v.IsReachable ? v : throw new InputException(new InputProblem(field, v.Message)
        { PhysicallyImpossible = v.Status != ReflectionStatus.Origin });
    }

    /// <summary>"the glide plane x,-y,z+1/2 forbids it (h·t = 1/2)" for the first operation with hR = h and h·t ∉ ℤ; null if none.</summary>
    public static string? AbsenceCause(SpaceGroup group, Hkl hkl)
    {
        ArgumentNullException.ThrowIfNull(group);
        foreach (var op in group.Operations)
        {
            var shift = op.PhaseShift24(hkl.H, hkl.K, hkl.L);
            if (op.ApplyToHkl(hkl.H, hkl.K, hkl.L) != (hkl.H, hkl.K, hkl.L) || shift % SymOp.Den == 0)
            {
                continue;
            }
            // ITB 1.4: hR = h with a non-integer h·t — pure translation = centring, proper rotation = screw, improper = glide.
            var kind = op.Rotation == IntMat3.Identity ? "the centring translation"
                : op.Rotation.Determinant > 0 ? "the screw axis" : "the glide plane";
            var frac = ((shift % SymOp.Den) + SymOp.Den) % SymOp.Den;
            var g = Gcd(frac, SymOp.Den);
            return $"{kind} {op.ToTriplet()} forbids it (h·t = {frac / g}/{SymOp.Den / g} is not an integer)";
        }
        return null;
    }

    private static ReflectionVerdict Intensity(Crystal.Crystal crystal, Hkl hkl, double energyKeV, double twoThetaMinDeg,
        double twoThetaMaxDeg, ScatteringOptions options, double d, double twoTheta, double eMin, double? eMax)
    {
        var f2 = StructureFactor.F2(crystal, hkl, energyKeV, options);
        var strongest = ReflectionCalculator.Classes(crystal, energyKeV, twoThetaMinDeg, twoThetaMaxDeg, options, out _, out _, includeAbsent: false)
            .Where(c => !c.Absent).Select(c => c.F2).DefaultIfEmpty(0).Max();
        if (f2 == 0 || f2 < ReflectionCalculator.NegligibleFraction * strongest)
        {
            return new(hkl, ReflectionStatus.NegligibleIntensity,
                $"|F{hkl.InParentheses}|² = {Show(f2)} e² is below 1e-6 × the strongest reflection in the window ({Show(strongest)} e²): " +
                "the atoms' waves cancel (a site extinction, not a symmetry absence).", d, twoTheta, f2, eMin, eMax);
        }
        return new(hkl, ReflectionStatus.Reachable,
            $"{hkl.InParentheses}: d = {Show(d)} Å, 2θ = {Show(twoTheta)}°, |F|² = {Show(f2)} e² ({Show(100 * f2 / strongest)} % of the strongest).",
            d, twoTheta, f2, eMin, eMax);
    }

    private static string Show(double v) => InputProblem.Show(v);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
