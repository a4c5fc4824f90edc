using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Crystal;

/// <summary>Unit cell: lengths in Å, angles in degrees (as in CIF), with the Busing–Levy B matrix and direct basis.</summary>
/// <remarks>
/// Cartesian convention (docs/physics.md §2; Busing &amp; Levy, Acta Cryst. 22, 457, 1967, eq. 3): x ∥ a*, y in the a*–b* plane,
/// z ∥ c. B is upper-triangular; q = B h in Å⁻¹ without 2π; d = 1/|B h|; direct basis A = B⁻ᵀ (columns a, b, c).
/// </remarks>
public sealed record UnitCell(double AA, double BA, double CA, double AlphaDeg, double BetaDeg, double GammaDeg)
{
    /// <summary>Cell volume in Å³: abc·√(1 − cos²α − cos²β − cos²γ + 2 cos α cos β cos γ).</summary>
    public double VolumeA3
    {
        get
        {
            double ca = Cos(AlphaDeg), cb = Cos(BetaDeg), cg = Cos(GammaDeg);
            var root = 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg;
            // A root this close to zero is a degenerate (flat) cell, not rounding noise worth a volume.
            return root > 1e-12 ? AA * BA * CA * Math.Sqrt(root) : double.NaN;
        }
    }

    /// <summary>Throws an <see cref="InputException"/> unless every length is positive and the angles make a cell of positive volume.</summary>
    public UnitCell Validated()
    {
        foreach (var (v, tag) in new[] { (AA, "_cell_length_a"), (BA, "_cell_length_b"), (CA, "_cell_length_c") })
        {
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new InputException(new InputProblem("cell", $"Cell length must be positive; got {InputProblem.Show(v)} Å.", Tag: tag));
            }
        }
        foreach (var (v, tag) in new[] { (AlphaDeg, "_cell_angle_alpha"), (BetaDeg, "_cell_angle_beta"), (GammaDeg, "_cell_angle_gamma") })
        {
            if (!double.IsFinite(v) || v <= 0 || v >= 180)
            {
                throw new InputException(new InputProblem("cell", $"Cell angle must lie between 0° and 180°; got {InputProblem.Show(v)}°.", Tag: tag));
            }
        }
        if (!(VolumeA3 > 0))
        {
            throw new InputException(new InputProblem("cell",
                $"The cell angles α={InputProblem.Show(AlphaDeg)}°, β={InputProblem.Show(BetaDeg)}°, γ={InputProblem.Show(GammaDeg)}° give zero or negative volume.",
                Tag: "_cell_angle_alpha"));
        }
        return this;
    }

    /// <summary>Busing–Levy B (Å⁻¹, no 2π): columns are a*, b*, c* in the Cartesian frame above.</summary>
    public Mat3 B
    {
        get
        {
            double ca = Cos(AlphaDeg), cb = Cos(BetaDeg), cg = Cos(GammaDeg);
            double sa = Sin(AlphaDeg), sb = Sin(BetaDeg), sg = Sin(GammaDeg);
            var v = VolumeA3;
            double aStar = BA * CA * sa / v, bStar = AA * CA * sb / v, cStar = AA * BA * sg / v;
            var cosBetaStar = (ca * cg - cb) / (sa * sg);
            var cosGammaStar = (ca * cb - cg) / (sa * sb);
            var sinBetaStar = Math.Sqrt(1 - cosBetaStar * cosBetaStar);
            var sinGammaStar = Math.Sqrt(1 - cosGammaStar * cosGammaStar);
            return new Mat3(
                aStar, bStar * cosGammaStar, cStar * cosBetaStar,
                0, bStar * sinGammaStar, -cStar * sinBetaStar * ca,
                0, 0, 1 / CA);
        }
    }

    /// <summary>Direct basis A = B⁻ᵀ: columns are a, b, c in Å in the same Cartesian frame.</summary>
    public Mat3 A => B.Inverse().Transpose();

    /// <summary>Reciprocal vector q = B h in Å⁻¹ (without 2π) for Miller indices h.</summary>
    public Vec3 ReciprocalVector(Vec3 hkl) => B * hkl;

    /// <summary>Interplanar spacing d = 1/|B h| in Å (∞ for h = 0).</summary>
    public double DSpacingA(Vec3 hkl) => 1 / ReciprocalVector(hkl).Norm;

    /// <summary>Cartesian position in Å of the fractional coordinates / lattice direction u (r = A u).</summary>
    public Vec3 Orthogonalize(Vec3 fractional) => A * fractional;

    private static double Cos(double deg) => deg == 90 ? 0 : Math.Cos(deg * Math.PI / 180);

    private static double Sin(double deg) => Math.Sin(deg * Math.PI / 180);
}
