using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Symmetry;
using DfxrmViz.Core.Tests.Golden;

namespace DfxrmViz.Core.Tests.Symmetry;

/// <summary>CIFs without operations (written for these tests, Golden/symmetry/*.cif) against Golden/symmetry.json
/// (tools/gemmi/golden_symmetry.py: gemmi 0.5.7 + XrayDB 4.4.7): the Hall symbol with a double prime, an R group on
/// rhombohedral axes without ':R', the same group on hexagonal axes, a Hall/H-M disagreement.</summary>
public class SymbolLookupGoldenTests
{
    private static readonly Lazy<JsonElement> Golden = new(() => GoldenFile.Read("symmetry.json").GetProperty("files"));

    public static TheoryData<string> Files => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "symmetry"), "*.cif")
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static Core.Crystal.Crystal Read(string file) =>
        CrystalCifReader.ReadSingle(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "symmetry", file)));

    // Tolerances: volume 1e-5 Å³, density 2e-6 g/cm³, atoms 1e-6 (golden rounded to 6 decimals; same XrayDB masses); counts exact.
    [Theory]
    [MemberData(nameof(Files))]
    public void Group_operations_atoms_and_density_match_gemmi(string file)
    {
        var g = Golden.Value.GetProperty(file);
        var c = Read(file);
        var s = c.Summarise();
        Assert.Equal(g.GetProperty("operations").GetInt32(), c.SpaceGroup.Operations.Length);
        Assert.Equal(g.GetProperty("number").GetInt32(), c.SpaceGroup.Number);
        Assert.Equal(g.GetProperty("sitesInCell").GetInt32(), s.SitesInCell);
        var atoms = g.GetProperty("atomsPerCell").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(atoms.Keys.Order(StringComparer.Ordinal), s.AtomsPerCellByElement.Keys.Order(StringComparer.Ordinal));
        foreach (var (el, n) in atoms)
        {
            Assert.Equal(n, s.AtomsPerCellByElement[el], 1e-6);
        }
        Assert.Equal(g.GetProperty("volumeA3").GetDouble(), s.VolumeA3, 1e-5);
        Assert.Equal(g.GetProperty("densityGcm3").GetDouble(), s.DensityGcm3, 2e-6);
        var used = g.GetProperty("used").GetString()!;
        Assert.Contains(c.Warnings, w => w.Contains($"operations of {used} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Hall_and_hm_disagreement_warns_naming_both_symbols_their_lines_and_the_one_used()
    {
        var g = Golden.Value.GetProperty("hall_hm_disagree.cif");
        var c = Read("hall_hm_disagree.cif");
        var w = Assert.Single(c.Warnings, x => x.StartsWith("The Hall symbol", StringComparison.Ordinal));
        Assert.Contains($"'{g.GetProperty("hall").GetString()}'", w, StringComparison.Ordinal);
        Assert.Contains($"names {g.GetProperty("hallGroup").GetString()} (No. 164)", w, StringComparison.Ordinal);
        Assert.Contains($"'{g.GetProperty("hm").GetString()}'", w, StringComparison.Ordinal);
        Assert.Contains($"names {g.GetProperty("hmGroup").GetString()} (No. 162)", w, StringComparison.Ordinal);
        Assert.Contains("line 13", w, StringComparison.Ordinal); // Hall
        Assert.Contains("line 12", w, StringComparison.Ordinal); // H-M
        Assert.Contains($"the Hall symbol is used ({g.GetProperty("used").GetString()}", w, StringComparison.Ordinal);
        Assert.Equal("hall", g.GetProperty("usedBy").GetString());
        Assert.Equal("P -3 m 1", c.SpaceGroup.HermannMauguin); // the name shown is the group used, not the file's other symbol
    }

    [Fact]
    public void Agreeing_symbols_give_no_disagreement_warning()
    {
        Assert.DoesNotContain(Read("hall_double_prime.cif").Warnings, w => w.StartsWith("The Hall symbol", StringComparison.Ordinal));
    }

    [Fact]
    public void R_group_with_a_cell_that_fits_neither_axes_is_an_error_naming_the_line()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "symmetry", "rhombohedral_axes.cif"))
            .Replace("_cell_angle_gamma                52.30", "_cell_angle_gamma                60.00", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => CrystalCifReader.ReadSingle(text));
        Assert.Equal(12, ex.Problem.Line);
        Assert.Equal("_symmetry_space_group_name_H-M", ex.Problem.Tag);
        Assert.Contains("fits neither", ex.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("':H' or ':R'", ex.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_group_whose_symbol_names_the_axes_keeps_them_and_warns_when_the_cell_has_the_other_shape()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "symmetry", "rhombohedral_axes.cif"))
            .Replace("'R -3'", "'R -3:H'", StringComparison.Ordinal);
        var c = CrystalCifReader.ReadSingle(text);
        Assert.Equal(18, c.SpaceGroup.Operations.Length);
        Assert.Contains(c.Warnings, w => w.Contains("names hexagonal axes", StringComparison.Ordinal) && w.Contains("line 12", StringComparison.Ordinal));
    }

    [Fact]
    public void R_group_given_only_by_number_takes_the_axes_of_the_cell()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "symmetry", "rhombohedral_axes.cif"))
            .Replace("_symmetry_space_group_name_H-M   'R -3'", "_space_group_IT_number 148", StringComparison.Ordinal);
        Assert.Equal(6, CrystalCifReader.ReadSingle(text).SpaceGroup.Operations.Length);
    }

    // Hall (Acta Cryst. A37, 517, 1981): the double prime is part of the symbol; -P 3 2" is P -3 m 1, -P 3 2 is P -3 1 m (gemmi 0.5.7).
    [Theory]
    [InlineData("-P 3 2\"", "P -3 m 1")]
    [InlineData("'-P 3 2\"'", "P -3 m 1")]
    [InlineData("\"-P 3 2\"\"", "P -3 m 1")]
    [InlineData("-P 3 2", "P -3 1 m")]
    [InlineData("'-P 3 2'", "P -3 1 m")]
    [InlineData("P 31 2\"", "P 31 2 1")]
    [InlineData("P 3 2", "P 3 1 2")]
    [InlineData("P 3 2\"", "P 3 2 1")]
    public void Hall_look_up_keeps_primes_and_strips_only_matched_quotes(string hall, string hm) =>
        Assert.Equal(hm, SpaceGroupTable.FindByHall(hall)!.HermannMauguin);

    [Fact]
    public void No_two_settings_with_different_operations_share_a_normalised_hall_key()
    {
        foreach (var group in SpaceGroupTable.All.GroupBy(s => SpaceGroupTable.NormaliseHall(s.Hall)))
        {
            var first = group.First().Operations.ToHashSet();
            Assert.All(group, s => Assert.True(first.SetEquals(s.Operations),
                $"Hall key '{group.Key}' is shared by {string.Join(", ", group.Select(x => x.HermannMauguin))} with different operations"));
        }
        Assert.All(SpaceGroupTable.All, s => Assert.True(SpaceGroupTable.FindByHall(s.Hall)!.Operations.ToHashSet().SetEquals(s.Operations), s.HermannMauguin));
    }
}
