using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Crystal;

/// <summary>One site of the asymmetric unit as written in the CIF.</summary>
/// <param name="Label">_atom_site_label.</param>
/// <param name="TypeSymbol">_atom_site_type_symbol as written (e.g. <c>Nb5+</c>, <c>O-2</c>), or the label when absent.</param>
/// <param name="Element">Element parsed from the type symbol.</param>
/// <param name="Fractional">Fractional coordinates x, y, z as written (not wrapped).</param>
/// <param name="Occupancy">_atom_site_occupancy (1 when absent), 0 ≤ occupancy ≤ 1.</param>
/// <param name="Displacement">Uiso/Biso/aniso as given.</param>
/// <param name="Line">1-based line of the site's row in the CIF.</param>
public sealed record AtomSite(string Label, string TypeSymbol, Element Element, Vec3 Fractional, double Occupancy, Displacement Displacement, int Line);

/// <summary>One atom position in the full unit cell after expansion (docs/physics.md §2).</summary>
/// <param name="Label">Label of the asymmetric-unit site it comes from.</param>
/// <param name="Element">Element.</param>
/// <param name="Fractional">Fractional coordinates wrapped into [0, 1).</param>
/// <param name="Occupancy">The site's occupancy (never summed over images).</param>
/// <param name="UisoA2">Isotropic U in Å² (Uiso, Biso/8π² or U_eq), null when the file gives none.</param>
/// <param name="UStar">Anisotropic U* (fractional basis, U*′ = R U* Rᵀ), null unless the file gives U_ij/B_ij.</param>
public sealed record CellSite(string Label, Element Element, Vec3 Fractional, double Occupancy, double? UisoA2, Mat3? UStar)
{
    /// <summary>Isotropic B = 8π² U in Å², null when not given.</summary>
    public double? BisoA2 => UisoA2 * Displacement.EightPiSquared;
}
