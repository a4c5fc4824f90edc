using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Orientation;

/// <summary>Scattering vector and beams of one reflection in the sample frame S (Å⁻¹, with 2π).</summary>
/// <param name="ThetaRad">Bragg angle θ = asin(λ/2d).</param>
/// <param name="DSpacingA">d = 1/|B h| (docs/physics.md §4: from the metric, never from a rounded 2θ).</param>
/// <param name="QSample">Q_S = 2π U B h.</param>
/// <param name="K0Sample">Incident wave vector k0 in S.</param>
/// <param name="KhSample">Diffracted wave vector kh = k0 + Q in S.</param>
/// <param name="BeamExitSample">Unit beam-exit direction e in S actually used (its part ⟂ Q counts).</param>
public sealed record BraggBeams(double ThetaRad, double DSpacingA, Vec3 QSample, Vec3 K0Sample, Vec3 KhSample, Vec3 BeamExitSample)
{
    /// <summary>2θ in degrees.</summary>
    public double TwoThetaDeg => Frames.Deg(2 * ThetaRad);
}

/// <summary>Bragg angle and the wave vectors k0, kh in S (docs/physics.md §4, §6 "Wave vectors").</summary>
public static class BraggGeometry
{
    /// <summary>θ in radians for reflection h at the given energy.</summary>
    /// <exception cref="InputException">h = 0, or λ/2d &gt; 1 (PhysicallyImpossible; names the energy needed).</exception>
    public static double ThetaRad(UnitCell cell, Vec3 hkl, double energyKeV)
    {
        var d = DSpacingA(cell, hkl);
        var lambda = Photon.WavelengthA(energyKeV);
        var sinTheta = lambda / (2 * d);
        if (sinTheta > 1)
        {
            throw new InputException(new InputProblem("energyKeV", UnreachableMessage(hkl, d, energyKeV)) { PhysicallyImpossible = true });
        }
        return Math.Asin(sinTheta);
    }

    /// <summary>"… needs E ≥ hc/(2d) = … keV" (docs/physics.md §4).</summary>
    public static string UnreachableMessage(Vec3 hkl, double dA, double energyKeV) =>
        $"Reflection {LatticeVector.Plane(hkl.X, hkl.Y, hkl.Z)} (d = {InputProblem.Show(dA)} Å) cannot diffract at " +
        $"{InputProblem.Show(energyKeV)} keV: λ/2d > 1; it needs E ≥ hc/(2d) = {InputProblem.Show(MinimumEnergyKeV(dA))} keV.";

    /// <summary>hc/(2d) in keV: the lowest energy at which planes of spacing d can diffract.</summary>
    public static double MinimumEnergyKeV(double dA) => PhysicalConstants.HcKeVA / (2 * dA);

    /// <summary>d in Å; throws for the zero or a non-finite reflection.</summary>
    public static double DSpacingA(UnitCell cell, Vec3 hkl)
    {
        if (!hkl.IsFinite || hkl.Norm == 0)
        {
            throw new InputException(new InputProblem("hkl", "The reflection indices must be finite and not all zero."));
        }
        return cell.DSpacingA(hkl);
    }

    /// <summary>
    /// k0 = −Q/2 + s k̂⊥, kh = Q/2 + s k̂⊥ with k̂⊥ = normalise((Q × e) × Q), s = √(k² − |Q|²/4) (docs/physics.md §6):
    /// kh − k0 = Q, |k0| = |kh| = k, both in the (Q, e) plane travelling towards +e.
    /// </summary>
    /// <exception cref="InputException">e ∥ Q (the scattering plane is undefined).</exception>
    public static BraggBeams Beams(UnitCell cell, Vec3 hkl, double energyKeV, Mat3 u, Vec3 beamExitSample)
    {
        var theta = ThetaRad(cell, hkl, energyKeV);
        var q = 2 * Math.PI * (u * cell.ReciprocalVector(hkl));
        var kPerp = q.Cross(beamExitSample).Cross(q);
        if (!(kPerp.Norm > 1e-9 * q.NormSquared * beamExitSample.Norm))
        {
            throw new InputException(new InputProblem("beamExit",
                "The beam-exit direction is parallel to Q, so the scattering plane is undefined; give a beam-exit direction not parallel to Q."));
        }
        return FromAzimuth(theta, cell.DSpacingA(hkl), q, kPerp.Normalized(), energyKeV, beamExitSample.Normalized());
    }

    /// <summary>Beams for a given unit k̂⊥ ⟂ Q (the azimuth about Q).</summary>
    public static BraggBeams FromAzimuth(double thetaRad, double dA, Vec3 q, Vec3 kPerpUnit, double energyKeV, Vec3 exitUsed)
    {
        var k = Photon.WaveNumberInvA(energyKeV);
        var s = Math.Sqrt(Math.Max(0, k * k - q.NormSquared / 4));
        var k0 = -0.5 * q + s * kPerpUnit;
        var kh = 0.5 * q + s * kPerpUnit;
        return new BraggBeams(thetaRad, dA, q, k0, kh, exitUsed);
    }
}
