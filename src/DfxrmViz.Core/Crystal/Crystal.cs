using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Crystal;

/// <summary>A crystal structure as read from one CIF data block: cell, space group and asymmetric unit (immutable).</summary>
/// <param name="Name">Display name (mineral/common name, else formula, else block name).</param>
/// <param name="BlockName">The CIF data block it came from.</param>
/// <param name="Cell">Unit cell (Å, degrees).</param>
/// <param name="CellUncertainty">Standard uncertainties of the cell parameters.</param>
/// <param name="SpaceGroup">Space group with its operations (from the file when listed, else from the symbol).</param>
/// <param name="Sites">Asymmetric unit in file order.</param>
/// <param name="FormulaUnitsZFromFile">_cell_formula_units_Z, when given.</param>
/// <param name="FormulaSumFromFile">_chemical_formula_sum, when given.</param>
/// <param name="Warnings">Tolerated oddities of the file, each with its line.</param>
/// <remarks>Derived data (expanded cell, Z, density, …) come from <see cref="ExpandToCell"/> and <see cref="Summarise"/>, never
/// from stored fields, so a <c>with</c> copy cannot go stale. ImmutableArray members compare by reference.</remarks>
public sealed record Crystal(
    string Name,
    string BlockName,
    UnitCell Cell,
    CellUncertainty CellUncertainty,
    SpaceGroup SpaceGroup,
    ImmutableArray<AtomSite> Sites,
    int? FormulaUnitsZFromFile,
    string? FormulaSumFromFile,
    ImmutableArray<string> Warnings)
{
    /// <summary>Every atom of the unit cell (docs/physics.md §2).</summary>
    public ImmutableArray<CellSite> ExpandToCell() => ExpandedCells.GetValue(this, c => new(SiteExpansion.Expand(c.Cell, c.SpaceGroup, c.Sites))).Sites;

    // Per instance, not per value: a `with` copy is a new instance and expands its own sites, so the cache cannot go stale.
    // Every reflection table, scene and summary of a shown crystal asks for the same cell (PZT: 36 atoms, ≈ 8 µs each time).
    private static readonly ConditionalWeakTable<Crystal, ExpandedCell> ExpandedCells = new();

    private sealed record ExpandedCell(ImmutableArray<CellSite> Sites);

    /// <summary>Point group of the space group (distinct rotations), with class symbol and crystal system.</summary>
    public PointGroup PointGroup() => SpaceGroup.PointGroup();

    /// <summary>Summary for display and the API: formula, Z, volume, density, atoms per cell, symmetry.</summary>
    public CrystalSummary Summarise() => CrystalSummary.Of(this);
}
