using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Tests.Optics;

public class LensFileReaderTests
{
    private const string Series0 = "[lens_series_0]\nradius_of_curvature_in_\u00B5m = 50\nnumber_of_lenses = 3\nlens_spacing_in_mm = 1.6\n"
        + "[lens_series_0.material]\natoms_in_Unit_cell = [\"Be\", \"Be\"]\nunit_cell_volume_in_AA3 = 16.225\n";

    [Fact]
    public void Id06_has_88_lenslets_and_dL_147_2_mm()
    {
        // docs/physics.md §8: 68 × 1.6 mm, 2 mm gap, 20 × 2 mm → 88 lenslets, dL = 67·1.6 + 2 + 19·2 = 147.2 mm.
        var lens = LensGolden.Id06;
        Assert.Equal(88, lens.Box.LensletCount);
        Assert.Equal(147.2, LensLayout.LengthMm(lens.Box), 1e-12);
        var lenslets = LensLayout.Lenslets(lens.Box);
        Assert.Equal(88, lenslets.Count);
        Assert.Equal(107.2, lenslets[67].PositionMm, 1e-12);
        Assert.Equal(109.2, lenslets[68].PositionMm, 1e-12);
        Assert.Equal(147.2, lenslets[^1].PositionMm, 1e-12);
        Assert.Equal(new LensMountOffsets(74.5, 0, 0, 0), lens.Box.MountOffsets);
        Assert.Equal(new LensPrintFlags(false, false, true, true), lens.Box.PrintFlags);
        Assert.Equal(["Be", "Be"], lens.Box.Series[1].Material.Atoms);
        Assert.Empty(lens.UnusedKeys);
        Assert.Empty(lens.Warnings);
        Assert.Contains("id06", LensFileReader.BuiltinIds);
    }

    [Fact]
    public void Material_density_implied_by_id06_is_1_8447()
    {
        // docs/physics.md §8/§9: 2 Be in 16.225 Å³ → 1.8447 g/cm³ (golden: XrayDB masses).
        Assert.Equal(LensGolden.Get("rho_file_gcm3"), LensGolden.Id06.Box.Series[0].Material.DensityGcm3, 1e-9);
    }

    [Theory]
    [InlineData("radius_of_curvature_in_\u00B5m")] // MICRO SIGN, as in upstream's id06.lens
    [InlineData("radius_of_curvature_in_\u03BCm")] // GREEK SMALL LETTER MU
    [InlineData("\"radius_of_curvature_in_\u00B5m\"")] // quoted (valid TOML 1.0)
    [InlineData("\"radius_of_curvature_in_\\u03BCm\"")] // quoted with an escape
    public void Both_micro_signs_spell_the_radius_key(string key)
    {
        var text = Series0.Replace("radius_of_curvature_in_\u00B5m = 50", key + " = 42.5", StringComparison.Ordinal);
        var lens = LensFileReader.Read(text);
        Assert.Equal(42.5, lens.Box.Series[0].RadiusOfCurvatureUm);
        Assert.Empty(lens.UnusedKeys);
    }

    [Fact]
    public void Both_micro_signs_in_one_table_are_a_duplicate()
    {
        var text = Series0 + "[lens_series_0]\n";
        text = Series0.Replace("number_of_lenses", "radius_of_curvature_in_\u03BCm = 51\nnumber_of_lenses", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => LensFileReader.Read(text));
        Assert.Equal(3, ex.Problem.Line);
        Assert.Contains("Duplicate key", ex.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_keys_are_reported_with_their_lines()
    {
        var text = Series0 + "colour = \"blue\"\n[lens_series_0.extra]\nnote = 'x'\n[mount_point]\noffset_x = 3\noffset_z = 1\n";
        var lens = LensFileReader.Read(text);
        Assert.Equal(["lens_series_0.material.colour", "lens_series_0.extra.note", "mount_point.offset_z"],
            lens.UnusedKeys.Select(k => k.Key));
        Assert.Equal([8, 10, 13], lens.UnusedKeys.Select(k => k.Line));
        Assert.Contains("was not used", lens.UnusedKeys[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, lens.Box.MountOffsets.XMm);
    }

    [Fact]
    public void Missing_separator_warns_and_next_series_starts_at_the_last_lens()
    {
        var series1 = Series0.Replace("lens_series_0", "lens_series_1", StringComparison.Ordinal);
        var lens = LensFileReader.Read(Series0 + series1);
        var w = Assert.Single(lens.Warnings);
        Assert.Contains("separator_0", w.Message, StringComparison.Ordinal);
        Assert.Equal(8, w.Line);
        // docs/physics.md §8 (upstream behaviour): 0, 1.6, 3.2 then 3.2, 4.8, 6.4.
        Assert.Equal([0, 1.6, 3.2, 3.2, 4.8, 6.4], LensLayout.Lenslets(lens.Box).Select(l => Math.Round(l.PositionMm, 12)));
    }

    [Fact]
    public void Tabs_crlf_bom_dotted_keys_and_comments_are_read()
    {
        var text = "\uFEFF# c\r\n[lens_series_0]\t# t\r\n\tradius_of_curvature_in_µm\t=\t5_0 # c\r\n number_of_lenses = 0x2\r\n"
            + "lens_spacing_in_mm = 1e0\r\nmaterial.atoms_in_Unit_cell = [\r\n 'Be', # one\r\n \"Be\",\r\n]\r\nmaterial.unit_cell_volume_in_AA3 = +16.225\r\n";
        var box = LensFileReader.Read(text).Box;
        Assert.Equal(50, box.Series[0].RadiusOfCurvatureUm);
        Assert.Equal(2, box.Series[0].NumberOfLenses);
        Assert.Equal(1.0, box.Series[0].LensSpacingMm);
        Assert.Equal(16.225, box.Series[0].Material.UnitCellVolumeA3);
    }

    // ≥ 10 broken files: (what to change, expected line, message fragment, expected tag or null).
    public static TheoryData<string, string, int?, string, string?> Broken => new()
    {
        { "number_of_lenses = 3", "number_of_lenses = = 3", 3, "Syntax error", null },
        { "lens_spacing_in_mm = 1.6", "lens_spacing_in_mm = 1.6 mm", 4, "Unexpected text", null },
        { "[lens_series_0.material]", "[lens_series_0.material", 5, "']'", null },
        { "[\"Be\", \"Be\"]", "[\"Be\", \"Be\"", 6, "no closing ']'", null },
        { "[\"Be\", \"Be\"]", "[\"Be, \"Be\"]", 6, "Syntax error", null },
        { "number_of_lenses = 3\n", "", 1, "has no number_of_lenses", "lens_series_0.number_of_lenses" },
        { "radius_of_curvature_in_\u00B5m = 50", "radius_of_curvature_in_\u00B5m = 0", 2, "greater than zero", "lens_series_0.radius_of_curvature_in_\u00B5m" },
        { "radius_of_curvature_in_\u00B5m = 50", "radius_of_curvature_in_\u00B5m = -50", 2, "greater than zero", null },
        { "lens_spacing_in_mm = 1.6", "lens_spacing_in_mm = 0.0", 4, "greater than zero", "lens_series_0.lens_spacing_in_mm" },
        { "lens_spacing_in_mm = 1.6", "lens_spacing_in_mm = \"1.6\"", 4, "must be a number", null },
        { "number_of_lenses = 3", "number_of_lenses = 2.5", 3, "whole number", null },
        { "[\"Be\", \"Be\"]", "[\"Be\", \"Bq\"]", 6, "unknown element symbol 'Bq'", "lens_series_0.material.atoms_in_Unit_cell" },
        { "unit_cell_volume_in_AA3 = 16.225", "unit_cell_volume_in_AA3 = -1", 7, "greater than zero", null },
        { "unit_cell_volume_in_AA3 = 16.225", "unit_cell_volume_in_AA3 = nan", 7, "finite", null },
        { "[lens_series_0]", "[lens_series_1]", 5, "has no radius", null },
        { "lens_series_0", "lens_series_1", 1, "lens_series_0 is missing", "lens_series_1" },
        { "lens_series_0", "lens_series_00", null, "no [lens_series_0]", "lens_series_0" },
        { "[lens_series_0]", "[lens_series_100]", 1, "at most 100 lens series", "lens_series_100" },
        { "number_of_lenses = 3", "number_of_lenses = 3\nnumber_of_lenses = 4", 4, "Duplicate key", "lens_series_0.number_of_lenses" },
        { "[lens_series_0.material]", "[lens_series_0]\n[lens_series_0.material]", 5, "Duplicate table", "lens_series_0" },
        { "number_of_lenses = 3", "number_of_lenses = 1979-05-27", 3, "date", null },
        { "number_of_lenses = 3", "number_of_lenses = {a = 1}", 3, "Inline tables", null },
        { "lens_spacing_in_mm = 1.6", "lens_spacing_in_mm = 1.6\n[[lens_series_0.x]]", 5, "Arrays of tables", null },
        { "number_of_lenses = 3", "number_of_lenses = 3\nmaterial = 1", 6, "cannot also be a table", null },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_files_name_the_problem_and_line(string find, string replace, int? line, string fragment, string? tag)
    {
        var text = find.StartsWith("lens_series", StringComparison.Ordinal)
            ? Series0.Replace(find, replace, StringComparison.Ordinal)
            : ReplaceFirst(Series0, find, replace);
        Assert.NotEqual(Series0, text);
        var ex = Assert.Throws<InputException>(() => LensFileReader.Read(text));
        Assert.Equal("lens.text", ex.Problem.Field);
        Assert.Equal(line, ex.Problem.Line);
        Assert.Contains(fragment, ex.Problem.Message, StringComparison.Ordinal);
        if (tag is not null)
        {
            Assert.Equal(tag, ex.Problem.Tag);
        }
        Assert.False(ex.Problem.PhysicallyImpossible);
    }

    private static string ReplaceFirst(string s, string find, string replace)
    {
        var i = s.IndexOf(find, StringComparison.Ordinal);
        return i < 0 ? s : s[..i] + replace + s[(i + find.Length)..];
    }

    [Fact]
    public void Non_contiguous_series_are_refused_at_the_first_after_the_gap()
    {
        var series2 = Series0.Replace("lens_series_0", "lens_series_2", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => LensFileReader.Read(Series0 + "[separator_0]\nspacing_in_mm = 2\n" + series2));
        Assert.Equal(10, ex.Problem.Line);
        Assert.Contains("lens_series_1 is missing", ex.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_builtin_lists_the_known_ones()
    {
        var ex = Assert.Throws<InputException>(() => LensFileReader.ReadBuiltin("nope"));
        Assert.Equal("lens.builtin", ex.Problem.Field);
        Assert.Contains("id06", ex.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builtin_is_read_once_and_shared_equal_to_a_fresh_read_of_its_text()
    {
        var first = LensFileReader.ReadBuiltin("id06");
        Assert.Same(first, LensFileReader.ReadBuiltin("id06")); // one per process: the per-file δ, β cache is shared too
        var fresh = LensFileReader.Read(DfxrmViz.Core.Data.EmbeddedData.ReadText("Lenses/id06.lens"), "lens.builtin");
        Assert.Equal(fresh.Box.Series.Count, first.Box.Series.Count);
        static object Of(LensSeries x) => (x.Index, x.RadiusOfCurvatureUm, x.NumberOfLenses, x.LensSpacingMm, x.Line,
            string.Join(" ", x.Material.Atoms), x.Material.UnitCellVolumeA3, x.Material.DensityGcm3);
        Assert.Equal(fresh.Box.Series.Select(Of), first.Box.Series.Select(Of));
    }
}
