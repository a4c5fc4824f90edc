using System.Collections.Immutable;
using System.Globalization;
using DfxrmViz.Core.Symmetry;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Crystal;

/// <summary>Derived properties of a crystal (docs/api.md <c>POST /api/v1/crystal</c>), computed from the expanded cell.</summary>
/// <param name="Name">Display name.</param>
/// <param name="FormulaSum">Cell contents ÷ Z in CIF style (e.g. <c>Li Nb O3</c>).</param>
/// <param name="Z">Formula units per cell.</param>
/// <param name="HermannMauguin">Space-group symbol as in the file (or the table when the file has none).</param>
/// <param name="Number">IT number, when known.</param>
/// <param name="Cell">Cell (Å, degrees).</param>
/// <param name="CellUncertainty">Standard uncertainties of the cell.</param>
/// <param name="VolumeA3">Cell volume in Å³.</param>
/// <param name="DensityGcm3">Density in g/cm³ from the cell contents.</param>
/// <param name="AtomsPerCell">Σ occupancy per element symbol over the whole cell, in Hill order.</param>
/// <param name="SitesInCell">Number of atom positions in the cell after expansion.</param>
/// <param name="CrystalSystem">Crystal system of the point group.</param>
/// <param name="PointGroup">Point-group class symbol (gemmi spelling).</param>
/// <param name="IsCentrosymmetric">Whether the point group contains −1.</param>
public sealed record CrystalSummary(
    string Name,
    string FormulaSum,
    int Z,
    string HermannMauguin,
    int? Number,
    UnitCell Cell,
    CellUncertainty CellUncertainty,
    double VolumeA3,
    double DensityGcm3,
    ImmutableArray<KeyValuePair<string, double>> AtomsPerCell,
    int SitesInCell,
    CrystalSystem CrystalSystem,
    string PointGroup,
    bool IsCentrosymmetric)
{
    /// <summary>Computes the summary of <paramref name="crystal"/>.</summary>
    public static CrystalSummary Of(Crystal crystal)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        var cellSites = crystal.ExpandToCell();
        var counts = Composition.AtomsPerCell(cellSites);
        var z = Composition.FormulaUnits(cellSites, counts, crystal.FormulaUnitsZFromFile, crystal.FormulaSumFromFile);
        var volume = crystal.Cell.VolumeA3;
        var pg = crystal.PointGroup();
        return new CrystalSummary(
            crystal.Name, Composition.FormatFormula(counts, z), z,
            crystal.SpaceGroup.HermannMauguin, crystal.SpaceGroup.Number, crystal.Cell, crystal.CellUncertainty,
            volume, ComputeDensityGcm3(cellSites, volume), counts, cellSites.Length, pg.System, pg.Symbol, pg.IsCentrosymmetric);
    }

    /// <summary>ρ = Σ occupancy·M / (N_A V), in g/cm³ (1 Å³ = 1e-24 cm³; masses from XrayDB via PeriodicTable).</summary>
    public static double ComputeDensityGcm3(IEnumerable<CellSite> sites, double volumeA3)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var massG = sites.Sum(s => s.Occupancy * s.Element.MolarMassGPerMol) / PhysicalConstants.AvogadroPerMol;
        return massG / (volumeA3 * 1e-24);
    }

    /// <summary>Atoms per cell as a dictionary keyed by element symbol.</summary>
    public IReadOnlyDictionary<string, double> AtomsPerCellByElement => AtomsPerCell.ToDictionary(p => p.Key, p => p.Value);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {FormulaSum}, Z={Z}, {HermannMauguin}, V={VolumeA3:F3} Å³, ρ={DensityGcm3:F4} g/cm³");
}
