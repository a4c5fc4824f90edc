using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Crystal;

/// <summary>How a site's atomic displacement was given in the CIF.</summary>
public enum DisplacementKind
{
    /// <summary>Not given.</summary>
    None,
    /// <summary><c>_atom_site_U_iso_or_equiv</c> (Å²).</summary>
    Uiso,
    /// <summary><c>_atom_site_B_iso_or_equiv</c> (Å²).</summary>
    Biso,
    /// <summary><c>_atom_site_aniso_U_ij</c> (Å²).</summary>
    Uani,
    /// <summary><c>_atom_site_aniso_B_ij</c> (Å²), converted to U by U = B/(8π²).</summary>
    Bani,
}

/// <summary>Anisotropic displacement U_ij in Å² in the CIF convention (U_cif, referred to a*, b*, c*; Grosse-Kunstleve &amp;
/// Adams, J. Appl. Cryst. 35, 477, 2002).</summary>
public sealed record AnisoU(double U11, double U22, double U33, double U12, double U13, double U23)
{
    /// <summary>Symmetric matrix form.</summary>
    public Mat3 ToMat3() => new(U11, U12, U13, U12, U22, U23, U13, U23, U33);

    /// <summary>U* = N U_cif N with N = diag(a*, b*, c*) (dimensionless, fractional basis) [GKA02].</summary>
    public Mat3 ToUStar(UnitCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var b = cell.B;
        double[] n = [b.Column(0).Norm, b.Column(1).Norm, b.Column(2).Norm];
        var u = ToMat3();
        return new Mat3(
            n[0] * u.M00 * n[0], n[0] * u.M01 * n[1], n[0] * u.M02 * n[2],
            n[1] * u.M10 * n[0], n[1] * u.M11 * n[1], n[1] * u.M12 * n[2],
            n[2] * u.M20 * n[0], n[2] * u.M21 * n[1], n[2] * u.M22 * n[2]);
    }

    /// <summary>U_eq in Å² = ⅓ tr(A U* Aᵀ) (Fischer &amp; Tillmanns, Acta Cryst. C44, 775, 1988).</summary>
    public double UeqA2(UnitCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var a = cell.A;
        var cart = a * ToUStar(cell) * a.Transpose();
        return (cart.M00 + cart.M11 + cart.M22) / 3;
    }
}

/// <summary>A site's displacement parameters as read: the kind, the isotropic value as written (U or B, Å²), the tensor.</summary>
public sealed record Displacement(DisplacementKind Kind, double? IsoA2, AnisoU? Aniso)
{
    /// <summary>8π², the factor B = 8π² U.</summary>
    public static readonly double EightPiSquared = 8 * Math.PI * Math.PI;

    /// <summary>Nothing given.</summary>
    public static Displacement None { get; } = new(DisplacementKind.None, null, null);

    /// <summary>Isotropic U in Å²: Uiso, Biso/8π², or U_eq of the tensor; null when nothing was given.</summary>
    public double? UisoA2(UnitCell cell) => Kind switch
    {
        DisplacementKind.Uiso => IsoA2,
        DisplacementKind.Biso => IsoA2 / EightPiSquared,
        DisplacementKind.Uani or DisplacementKind.Bani => Aniso!.UeqA2(cell),
        _ => IsoA2,
    };
}
