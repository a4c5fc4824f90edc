using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>The two Cartesian frames of the orientation code, defined in one place (docs/physics.md §6, §7).</summary>
/// <remarks>
/// <para><b>Crystal frame C</b> (docs/physics.md §2; Busing &amp; Levy 1967): x ∥ a*, y in the a*–b* plane, z ∥ c. A plane (hkl)
/// is g = B h, a direction [uvw] is r = A u (see <see cref="Crystal.UnitCell"/>).</para>
/// <para><b>Sample frame S</b> (the upstream DF-XRM_vis frame; docs/api.md): x_S = sample up (height), z_S = outward normal of
/// the exit surface (thickness), y_S = z_S × x_S (width). A crystal vector maps into S by U: v_S = U v_C, Q_S = 2π U B h.
/// S is fixed to the top of the goniometer stack.</para>
/// <para><b>Lab frame L</b>: x_L = vertical up, z_L = incident beam, y_L = z_L × x_L. The goniometer rotation Γ
/// (product of the axis rotations, base → top) maps S → L: v_L = Γ v_S. All motors at zero ⇒ S ≡ L.</para>
/// <para><b>Bragg target</b> in L (vertical scattering, η = 0): k̂0 = ẑ_L, k̂h = (sin 2θ, 0, cos 2θ) — the diffracted beam
/// goes up — and Q̂ = (cos θ, 0, −sin θ). With η ≠ 0 (oblique geometry, Detlefs et al. 2025) k̂h = R_z(η)(sin 2θ, 0, cos 2θ).</para>
/// </remarks>
public static class Frames
{
    /// <summary>Lab vertical (x_L).</summary>
    public static Vec3 LabUp => Vec3.UnitX;

    /// <summary>Incident beam direction in L (z_L).</summary>
    public static Vec3 LabBeam => Vec3.UnitZ;

    /// <summary>Sample up in S (x_S).</summary>
    public static Vec3 SampleUp => Vec3.UnitX;

    /// <summary>Outward exit-surface normal in S (z_S).</summary>
    public static Vec3 SampleFront => Vec3.UnitZ;

    /// <summary>Unit diffracted-beam direction in L for Bragg angle θ and out-of-plane angle η (docs/physics.md §7).</summary>
    public static Vec3 LabDiffractedUnit(double thetaRad, double etaRad) =>
        Mat3.RotationZ(etaRad) * new Vec3(Math.Sin(2 * thetaRad), 0, Math.Cos(2 * thetaRad));

    /// <summary>Unit scattering vector in L: normalise(k̂h − k̂0).</summary>
    public static Vec3 LabScatteringUnit(double thetaRad, double etaRad) =>
        (LabDiffractedUnit(thetaRad, etaRad) - LabBeam).Normalized();

    /// <summary>Degrees → radians.</summary>
    public static double Rad(double deg) => deg * Math.PI / 180;

    /// <summary>Radians → degrees.</summary>
    public static double Deg(double rad) => rad * 180 / Math.PI;

    /// <summary>Wraps an angle in degrees into (−180°, 180°]; within 1e-9° of ±180° is returned as 180°.</summary>
    public static double WrapDeg(double deg)
    {
        var w = Math.IEEERemainder(deg, 360);
        return Math.Abs(w) >= 180 - 1e-9 ? 180 : w;
    }
}
