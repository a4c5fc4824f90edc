using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>The plane of k0 and kh about Q (docs/physics.md §6 "Wave vectors", "Free azimuth"): fixed by the beam-exit
/// direction e when e has a part ⟂ Q; when e ∥ Q (planes parallel to the exit surface: the symmetric Bragg case) the inputs
/// leave it free, and it is the plane of Q and the sample's up axis, turned by the plan's <c>azimuthDeg</c> about Q.</summary>
public static class ScatteringPlane
{
    /// <summary>e counts as parallel to Q when the sine of their angle is below this (the same bound as "front ∥ up").</summary>
    public const double ParallelSine = 1e-6;

    /// <summary>Beams with the plane chosen by e, or, when e ∥ Q, by the free-azimuth rule; <c>Free</c> says which.</summary>
    /// <exception cref="Diagnostics.InputException">h = 0, or λ/2d &gt; 1 (see <see cref="BraggGeometry.ThetaRad"/>).</exception>
    public static (BraggBeams Beams, bool Free) Beams(UnitCell cell, Vec3 hkl, double energyKeV, Mat3 u, Vec3 beamExitSample, double azimuthDeg)
    {
        var theta = BraggGeometry.ThetaRad(cell, hkl, energyKeV);
        var d = cell.DSpacingA(hkl);
        var q = 2 * Math.PI * (u * cell.ReciprocalVector(hkl));
        // (Q × e) × Q = |Q|² e⊥: its norm is |Q|²|e| sin∠(Q, e) (docs/physics.md §6).
        var kPerp = q.Cross(beamExitSample).Cross(q);
        if (kPerp.Norm > ParallelSine * q.NormSquared * beamExitSample.Norm)
        {
            return (BraggGeometry.FromAzimuth(theta, d, q, kPerp.Normalized(), energyKeV, beamExitSample.Normalized()), false);
        }
        var turned = Turned(FreeReference(q), q, azimuthDeg);
        return (BraggGeometry.FromAzimuth(theta, d, q, turned, energyKeV, turned), true);
    }

    /// <summary>Azimuth 0 of a free plane: the unit part of the sample's up x̂_S ⟂ Q (the plane contains up, the beams travel
    /// towards +up); when up ∥ Q too, the part of the exit-surface normal ẑ_S ⟂ Q.</summary>
    public static Vec3 FreeReference(Vec3 q)
    {
        var qn = q.Normalized();
        var up = Frames.SampleUp - Frames.SampleUp.Dot(qn) * qn;
        return up.Norm > ParallelSine ? up.Normalized() : (Frames.SampleFront - Frames.SampleFront.Dot(qn) * qn).Normalized();
    }

    /// <summary>k̂⊥(ψ) = cos ψ r̂ + sin ψ (Q̂ × r̂): a right-handed turn by ψ about Q̂ (anticlockwise seen from the tip of Q looking
    /// back at the origin; Rodrigues for r̂ ⟂ Q̂).</summary>
    public static Vec3 Turned(Vec3 referenceUnit, Vec3 q, double azimuthDeg)
    {
        var psi = Frames.Rad(azimuthDeg);
        return (Math.Cos(psi) * referenceUnit + Math.Sin(psi) * q.Normalized().Cross(referenceUnit)).Normalized();
    }
}
