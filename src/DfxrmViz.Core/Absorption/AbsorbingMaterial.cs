using System.Collections.Frozen;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Absorption;

/// <summary>A material as absorption sees it: atoms per unit cell by element (Σ site occupancy over the full cell) and
/// the cell volume (docs/physics.md §3: composition from the expanded sites, not _chemical_formula_sum).</summary>
public sealed record AbsorbingMaterial
{
    private AbsorbingMaterial(FrozenDictionary<string, double> atomsPerCell, double cellVolumeA3, double densityGPerCm3)
    {
        AtomsPerCell = atomsPerCell;
        CellVolumeA3 = cellVolumeA3;
        DensityGPerCm3 = densityGPerCm3;
    }

    /// <summary>Atoms per cell by element symbol (standard capitalisation), elements with zero occupancy dropped.</summary>
    public IReadOnlyDictionary<string, double> AtomsPerCell { get; }

    /// <summary>Unit-cell volume in Å³.</summary>
    public double CellVolumeA3 { get; }

    /// <summary>ρ = Σ_j o_j m_j /(N_A V) in g/cm³ with XrayDB molar masses (docs/physics.md §3).</summary>
    public double DensityGPerCm3 { get; }

    /// <summary>Validates and freezes a composition.</summary>
    /// <exception cref="InputException">empty composition, unknown element, occupancy negative/not finite (field composition);
    /// volume not a positive number (field cellVolumeA3).</exception>
    public static AbsorbingMaterial Create(IReadOnlyDictionary<string, double> atomsPerCell, double cellVolumeA3)
    {
        ArgumentNullException.ThrowIfNull(atomsPerCell);
        if (!double.IsFinite(cellVolumeA3) || cellVolumeA3 <= 0)
        {
            throw new InputException(new InputProblem("cellVolumeA3",
                $"The cell volume must be a positive number of Å³; got {InputProblem.Show(cellVolumeA3)}."));
        }
        var atoms = new Dictionary<string, double>(StringComparer.Ordinal);
        var massPerCell = 0.0;
        foreach (var (symbol, count) in atomsPerCell)
        {
            var element = PeriodicTable.Find(symbol?.Trim() ?? "") ?? throw Problem($"'{symbol}' is not a chemical element symbol.");
            if (!double.IsFinite(count) || count < 0)
            {
                throw Problem($"The number of {element.Symbol} atoms per cell must be a number ≥ 0; got {InputProblem.Show(count)}.");
            }
            if (count > 0)
            {
                atoms[element.Symbol] = atoms.GetValueOrDefault(element.Symbol) + count;
                massPerCell += count * element.MolarMassGPerMol;
            }
        }
        if (atoms.Count == 0)
        {
            throw Problem("The composition holds no atoms: the crystal needs at least one site with non-zero occupancy.");
        }
        var density = massPerCell / (PhysicalConstants.AvogadroPerMol * cellVolumeA3 * PhysicalConstants.CubicAngstromInCm3);
        return new AbsorbingMaterial(atoms.ToFrozenDictionary(StringComparer.Ordinal), cellVolumeA3, density);
    }

    private static InputException Problem(string message) => new(new InputProblem("composition", message));
}
