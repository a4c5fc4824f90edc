using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Crystal;

/// <summary>Which axes (hexagonal <c>:H</c> or rhombohedral <c>:R</c>) an R group takes when its symbol does not say: the ones
/// the cell fits (ITA Vol. A §1.5.4: hexagonal a = b, α = β = 90°, γ = 120°; rhombohedral a = b = c, α = β = γ). gemmi 0.5.7
/// <c>find_spacegroup_by_name(hm, alpha, gamma)</c> chooses the same way (R when γ &lt; 1.125 α), but takes any cell; here a cell
/// that fits neither is refused, since either set of operations would then fill the cell wrongly.</summary>
internal static class RhombohedralAxes
{
    // Lengths equal to 0.2 %, angles to 0.1°: far looser than any CIF's s.u., far tighter than the 30° between the two shapes.
    private const double RelativeLength = 2e-3;
    private const double AngleDeg = 0.1;

    /// <summary>The setting of <paramref name="found"/> whose axes <paramref name="cell"/> fits (found itself when it is not an R
    /// group, or when <paramref name="namedBySymbol"/>); throws naming <paramref name="line"/> and <paramref name="tag"/> when the
    /// cell fits neither. A setting named by the symbol that the cell does not fit gets a warning.</summary>
    public static SpaceGroupSetting Choose(SpaceGroupSetting found, bool namedBySymbol, UnitCell cell, int line, string tag, List<string> warnings)
    {
        if (SpaceGroupTable.WithRhombohedralAxes(found, 'R') is not { } rhombohedral || SpaceGroupTable.WithRhombohedralAxes(found, 'H') is not { } hexagonal)
        {
            return found;
        }
        var fitsR = FitsRhombohedral(cell);
        var fitsH = FitsHexagonal(cell);
        if (namedBySymbol)
        {
            var isR = ReferenceEquals(found, rhombohedral);
            if (isR ? !fitsR : !fitsH)
            {
                warnings.Add($"{found.HermannMauguin} (line {line}) names {(isR ? "rhombohedral" : "hexagonal")} axes, but the cell {Show(cell)} " +
                    $"does not have their shape ({(isR ? "a = b = c, α = β = γ" : "a = b, α = β = 90°, γ = 120°")}); the symbol's operations are used.");
            }
            return found;
        }
        if (fitsR)
        {
            return rhombohedral;
        }
        if (fitsH)
        {
            return hexagonal;
        }
        throw CifParser.Error($"The space group {found.HermannMauguin.Split(':')[0]} is rhombohedral and its symbol does not say which axes (':H' or ':R'), " +
            $"and the cell {Show(cell)} fits neither: hexagonal axes need a = b, α = β = 90°, γ = 120°; rhombohedral axes need a = b = c, α = β = γ. " +
            "Add ':H' or ':R' to the symbol, or list the operations with _space_group_symop_operation_xyz.", line, tag);
    }

    private static bool FitsRhombohedral(UnitCell c) =>
        SameLength(c.AA, c.BA) && SameLength(c.BA, c.CA) && SameAngle(c.AlphaDeg, c.BetaDeg) && SameAngle(c.BetaDeg, c.GammaDeg);

    private static bool FitsHexagonal(UnitCell c) =>
        SameLength(c.AA, c.BA) && SameAngle(c.AlphaDeg, 90) && SameAngle(c.BetaDeg, 90) && SameAngle(c.GammaDeg, 120);

    private static bool SameLength(double x, double y) => Math.Abs(x - y) <= RelativeLength * Math.Max(x, y);

    private static bool SameAngle(double x, double y) => Math.Abs(x - y) <= AngleDeg;

    private static string Show(UnitCell c) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"a = {c.AA:G6} Å, b = {c.BA:G6} Å, c = {c.CA:G6} Å, α = {c.AlphaDeg:G6}°, β = {c.BetaDeg:G6}°, γ = {c.GammaDeg:G6}°");
}
