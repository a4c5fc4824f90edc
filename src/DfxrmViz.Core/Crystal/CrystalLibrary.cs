using System.Collections.Frozen;
using System.Collections.Immutable;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Crystal;

/// <summary>One built-in crystal (docs/api.md <c>GET /api/v1/crystals</c>).</summary>
/// <param name="Id">Stable id, e.g. <c>LiNbO3</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Formula">Formula sum, e.g. <c>Li Nb O3</c>.</param>
/// <param name="SpaceGroup">H-M symbol as in the file.</param>
/// <param name="Source">Database and entry, e.g. <c>COD 1541936</c>.</param>
/// <param name="FileName">Embedded file under Data/Crystals/.</param>
public sealed record CrystalLibraryEntry(string Id, string Name, string Formula, string SpaceGroup, string Source, string FileName);

/// <summary>The built-in crystals: files under Data/Crystals/ (provenance in Data/Crystals/SOURCES.md).</summary>
public static class CrystalLibrary
{
    // Id, display name, file, source (COD id or publication; see SOURCES.md). Formula and space group are read from the file.
    private static readonly (string Id, string Name, string File, string Source)[] Files =
    [
        ("LiNbO3", "Lithium niobate", "LiNbO3_COD1541936.cif", "COD 1541936"),
        ("KNbO3", "Potassium niobate (B m m 2)", "KNbO3_COD2310011.cif", "COD 2310011"),
        ("BaTiO3", "Barium titanate (tetragonal)", "BaTiO3_COD1507756.cif", "COD 1507756"),
        ("Diamond", "Diamond", "Diamond_COD9012290.cif", "COD 9012290"),
        ("Al", "Aluminium", "Al_COD9008460.cif", "COD 9008460"),
        ("W", "Tungsten", "W_COD9006486.cif", "COD 9006486"),
        ("Pb", "Lead", "Pb_COD1531228.cif", "COD 1531228"),
        ("Si", "Silicon", "Si_DansDiffraction.cif", "AMCSD 0011243"),
        ("Fe-alpha", "α-Iron", "Fe_alpha_DansDiffraction.cif", "AMCSD 0000670"),
        ("Al2O3", "Sapphire (corundum)", "Al2O3_Sapphire_DansDiffraction.cif", "AMCSD 0009325"),
        ("Na0.8CoO2", "Sodium cobaltate Na0.8CoO2", "Na0.8CoO2_DansDiffraction.cif", "Dans_Diffraction Na0.8CoO2_P63mmc.cif"),
        ("Triclinic", "Triclinic test cell (Fe, P 1)", "Triclinic_test_DansDiffraction.cif", "Dans_Diffraction triclinic.cif"),
        ("Ge", "Germanium", "Ge_COD9008567.cif", "COD 9008567"),
        ("Cu", "Copper", "Cu_COD9008468.cif", "COD 9008468"),
        ("Ni", "Nickel", "Ni_fcc_Swanson1953.cif", "Swanson & Tatge, NBS Circular 539 vol. 1 (1953)"),
        ("Au", "Gold", "Au_COD9008463.cif", "COD 9008463"),
        ("Ag", "Silver", "Ag_COD9008459.cif", "COD 9008459"),
        ("Mo", "Molybdenum", "Mo_COD9008543.cif", "COD 9008543"),
        ("Ti-alpha", "α-Titanium", "Ti_alpha_COD9008517.cif", "COD 9008517"),
        ("Mg", "Magnesium", "Mg_COD9008506.cif", "COD 9008506"),
        ("SrTiO3", "Strontium titanate", "SrTiO3_COD9006864.cif", "COD 9006864"),
        ("MgO", "Magnesium oxide (periclase)", "MgO_COD9008671.cif", "COD 9008671"),
        ("NaCl", "Sodium chloride (halite)", "NaCl_COD9008678.cif", "COD 9008678"),
        ("CaF2", "Calcium fluoride (fluorite)", "CaF2_COD9009005.cif", "COD 9009005"),
        ("SiO2-alpha", "α-Quartz", "SiO2_alpha_quartz_COD5000035.cif", "COD 5000035"),
        ("TiO2-rutile", "Rutile", "TiO2_COD9009083.cif", "COD 9009083"),
        ("GaN", "Gallium nitride", "GaN_COD9008868.cif", "COD 9008868"),
        ("GaAs", "Gallium arsenide", "GaAs_COD9008845.cif", "COD 9008845"),
        ("ZnO", "Zinc oxide (zincite)", "ZnO_COD9008877.cif", "COD 9008877"),
        ("InP", "Indium phosphide", "InP_COD9008852.cif", "COD 9008852"),
        ("PZT", "PZT PbZr0.65Ti0.35O3 (rhombohedral)", "PZT_rhombohedral_COD2102945.cif", "COD 2102945"),
    ];

    private static readonly Lazy<ImmutableArray<CrystalLibraryEntry>> Entries = new(BuildEntries);
    private static readonly FrozenDictionary<string, (string Id, string Name, string File, string Source)> ById =
        Files.ToFrozenDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>All built-in crystals in library order.</summary>
    public static ImmutableArray<CrystalLibraryEntry> List() => Entries.Value;

    /// <summary>Loads the built-in crystal <paramref name="id"/> (case-insensitive); throws <see cref="InputException"/> for an unknown id.</summary>
    public static Crystal Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!ById.TryGetValue(id, out var f))
        {
            throw new InputException(new InputProblem("crystal.builtin", $"Unknown built-in crystal '{id}'; GET /api/v1/crystals lists the ids."));
        }
        var crystal = CrystalCifReader.ReadSingle(EmbeddedData.ReadText("Crystals/" + f.File));
        return crystal with { Name = f.Name };
    }

    private static ImmutableArray<CrystalLibraryEntry> BuildEntries() =>
        [.. Files.Select(f =>
        {
            var c = Load(f.Id);
            return new CrystalLibraryEntry(f.Id, f.Name, c.Summarise().FormulaSum, c.SpaceGroup.HermannMauguin, f.Source, f.File);
        })];
}
