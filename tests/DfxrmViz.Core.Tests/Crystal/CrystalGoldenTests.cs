using System.Globalization;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.Tests.Crystal;

/// <summary>Every built-in CIF against Golden/crystals.csv (tools/gemmi/golden_crystals.py: gemmi 0.5.7 + xraydb 4.4.7).</summary>
public class CrystalGoldenTests
{
    public sealed record Golden(string File, double VolumeA3, double DensityGcm3, int Z, int SitesInCell,
        Dictionary<string, double> AtomsPerCell, int Operations, string PointGroup, bool Centro, string System, int GemmiSites);

    private static readonly Lazy<List<Golden>> Rows = new(() => [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "crystals.csv"))
        .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).Select(f => new Golden(
            f[0], D(f[1]), D(f[2]), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
            f[5].Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => D(p[1])),
            int.Parse(f[6], CultureInfo.InvariantCulture), f[7], f[8] == "1", f[9], int.Parse(f[10], CultureInfo.InvariantCulture)))]);

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static List<string> FileNames => [.. EmbeddedData.List("Crystals.").Where(n => n.EndsWith(".cif", StringComparison.Ordinal))
        .Select(n => n["Crystals.".Length..])];

    public static TheoryData<string> Files => [.. FileNames];

    [Fact]
    public void Golden_file_covers_every_built_in_cif() =>
        Assert.Equal(FileNames.Order(StringComparer.Ordinal), Rows.Value.Select(r => r.File).Order(StringComparer.Ordinal));

    // Tolerances: volume 1e-5 Å³ and density 2e-6 g/cm³ (golden printed to 6 decimals; same XrayDB masses, CODATA 2018 N_A);
    // atoms per cell 1e-5 (printed to 6 significant digits); counts, Z, symmetry exact.
    [Theory]
    [MemberData(nameof(Files))]
    public void Built_in_crystal_matches_gemmi_golden_values(string file)
    {
        var g = Rows.Value.Single(r => r.File == file);
        var c = CrystalCifReader.ReadSingle(EmbeddedData.ReadText("Crystals/" + file));
        var s = c.Summarise();
        Assert.Equal(g.VolumeA3, s.VolumeA3, 1e-5);
        Assert.Equal(g.DensityGcm3, s.DensityGcm3, 2e-6);
        Assert.Equal(g.Z, s.Z);
        Assert.Equal(g.SitesInCell, s.SitesInCell);
        Assert.Equal(g.AtomsPerCell.Keys.Order(StringComparer.Ordinal), s.AtomsPerCellByElement.Keys.Order(StringComparer.Ordinal));
        foreach (var (el, n) in g.AtomsPerCell)
        {
            Assert.Equal(n, s.AtomsPerCellByElement[el], 1e-5);
        }
        Assert.Equal(g.Operations, c.SpaceGroup.Operations.Length);
        Assert.Equal(g.PointGroup, s.PointGroup);
        Assert.Equal(g.Centro, s.IsCentrosymmetric);
        Assert.Equal(g.System, s.CrystalSystem.ToString().ToLowerInvariant());
        if (g.GemmiSites >= 0)
        {
            Assert.Equal(g.GemmiSites, s.SitesInCell); // gemmi's own get_all_unit_cell_sites agrees
        }
        Assert.All(c.ExpandToCell(), x => Assert.True(x.Fractional.X is >= 0 and < 1 && x.Fractional.Y is >= 0 and < 1 && x.Fractional.Z is >= 0 and < 1));
    }

    // docs/physics.md §9: LiNbO3 (COD 1541936) V 318.21232 Å³, ρ 4.62898 g/cm³ (gemmi 0.5.7 + XrayDB masses).
    [Fact]
    public void LiNbO3_volume_and_density_match_physics_reference()
    {
        var s = CrystalLibrary.Load("LiNbO3").Summarise();
        Assert.Equal(318.21232, s.VolumeA3, 5e-6);
        Assert.Equal(4.62898, s.DensityGcm3, 5e-6);
        Assert.Equal("Li Nb O3", s.FormulaSum);
        Assert.Equal(6, s.Z);
        Assert.Equal(161, s.Number);
    }

    [Fact]
    public void KNbO3_keeps_its_non_standard_B_m_m_2_setting()
    {
        var c = CrystalLibrary.Load("KNbO3");
        Assert.Equal("B m m 2", c.SpaceGroup.HermannMauguin);
        Assert.Equal(38, c.SpaceGroup.Number);
        Assert.True(c.SpaceGroup.IsSystematicallyAbsent(1, 0, 0));   // B centring h+l odd
        Assert.False(c.SpaceGroup.IsSystematicallyAbsent(1, 0, 1));
        Assert.Equal("K Nb O3", c.Summarise().FormulaSum);
    }

    [Fact]
    public void Na08CoO2_keeps_partial_occupancy_per_image()
    {
        var c = CrystalLibrary.Load("Na0.8CoO2");
        var na = c.ExpandToCell().Where(s => s.Element.Symbol == "Na").ToList();
        Assert.All(na, s => Assert.True(s.Occupancy < 1));
        Assert.Equal(1.6, na.Sum(s => s.Occupancy), 1e-9);
        Assert.Equal("Co Na0.8 O2", c.Summarise().FormulaSum);
        Assert.NotNull(c.ExpandToCell().First(s => s.Element.Symbol == "Co").UStar); // aniso loop joined by label
    }

    [Fact]
    public void Triclinic_cell_reads_with_P1()
    {
        var s = CrystalLibrary.Load("Triclinic").Summarise();
        Assert.Equal(Core.Symmetry.CrystalSystem.Triclinic, s.CrystalSystem);
        Assert.Equal(1, s.SitesInCell);
    }

    [Fact]
    public void File_without_operations_gets_them_from_its_symbol()
    {
        var c = CrystalLibrary.Load("Ni");
        Assert.False(c.SpaceGroup.OperationsFromFile);
        Assert.Equal(192, c.SpaceGroup.Operations.Length);
        Assert.Equal(4, c.Summarise().SitesInCell);
        Assert.Contains(c.Warnings, w => w.Contains("No symmetry operations", StringComparison.Ordinal));
        Assert.True(CrystalLibrary.Load("LiNbO3").SpaceGroup.OperationsFromFile);
    }

    [Fact]
    public void Cell_standard_uncertainties_are_kept()
    {
        var su = CrystalLibrary.Load("SiO2-alpha").CellUncertainty;
        Assert.Equal(0.00004, su.AA!.Value, 1e-12);  // 4.91239(4)
        Assert.Equal(0.00007, su.CA!.Value, 1e-12);  // 5.40385(7)
        Assert.Null(su.AlphaDeg);
    }

    [Fact]
    public void Anisotropic_tensor_is_rotated_onto_images()
    {
        // Sapphire Al (U11 = U22 ≠ U33, U12 = U11/2): images by a 3-fold keep U* invariant; trace of U* is constant.
        var c = CrystalLibrary.Load("Al2O3");
        var al = c.ExpandToCell().Where(s => s.Label == "Al").ToList();
        Assert.Equal(12, al.Count);
        var u0 = al[0].UStar!.Value;
        Assert.All(al, s => Assert.Equal(u0.M22, s.UStar!.Value.M22, 1e-12));
        Assert.True(al[0].UisoA2 > 0);
    }
}
