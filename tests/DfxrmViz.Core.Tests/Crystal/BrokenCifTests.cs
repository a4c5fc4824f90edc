using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Crystal;

/// <summary>Issue 4 "Bad input": every broken CIF gives an InputException naming the problem, the line and the tag.</summary>
public class BrokenCifTests
{
    // Lines:   1        2                 3                 4                 5                    6                   7
    private const string Good = "data_t\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
        // 8                                   9      10                11                      12                 13                 14                 15                   16
        + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\nFe1 Fe 0.1 0.2 0.3 1\n";

    private static string R(string from, string to) => Good.Replace(from, to, StringComparison.Ordinal);

    private const string AtomTail = "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nFe1 0 0 0\n";

    public static TheoryData<string, string, string, int, string?> Cases => new()
    {
        { "unterminated single quote", R("'P 1'", "'P 1"), "Unterminated quoted string", 8, "_symmetry_space_group_name_H-M" },
        { "unterminated double quote", R("'P 1'", "\"P 1"), "Unterminated quoted string", 8, "_symmetry_space_group_name_H-M" },
        { "unterminated text field", Good + "_publ_section_title\n;\nno end\n", "Unterminated text field", 18, "_publ_section_title" },
        { "loop row missing a value", R("0.3 1\n", "0.3\n"), "a value is missing", 16, "_atom_site_occupancy" },
        { "no cell", R("_cell_length_a 4\n", ""), "No cell: _cell_length_a", 1, "_cell_length_a" },
        { "cell length unknown", R("_cell_length_a 4\n", "_cell_length_a ?\n"), "No cell: _cell_length_a", 2, "_cell_length_a" },
        { "unparsable cell number", R("_cell_length_b 4\n", "_cell_length_b 4,2\n"), "Cannot read '4,2' as a number", 3, "_cell_length_b" },
        { "unparsable coordinate", R("0.1 0.2", "0.1.2 0.2"), "Cannot read '0.1.2'", 16, "_atom_site_fract_x" },
        { "unknown element", R("Fe1 Fe", "Xx1 Xx"), "Unknown element symbol 'Xx'", 16, "_atom_site_type_symbol" },
        { "occupancy above one", R("0.3 1\n", "0.3 1.5\n"), "Occupancy 1.5", 16, "_atom_site_occupancy" },
        { "negative occupancy", R("0.3 1\n", "0.3 -0.2\n"), "between 0 and 1", 16, "_atom_site_occupancy" },
        { "zero cell length", R("_cell_length_a 4\n", "_cell_length_a 0\n"), "Cell length must be positive", 2, "_cell_length_a" },
        { "negative cell length", R("_cell_length_c 4\n", "_cell_length_c -4\n"), "Cell length must be positive", 4, "_cell_length_c" },
        { "zero-volume angles", R("alpha 90\n", "alpha 120\n").Replace("beta 90", "beta 120", StringComparison.Ordinal).Replace("gamma 90", "gamma 120", StringComparison.Ordinal), "zero or negative volume", 5, "_cell_angle_alpha" },
        { "angle of 180", R("_cell_angle_beta 90", "_cell_angle_beta 180"), "between 0° and 180°", 6, "_cell_angle_beta" },
        { "duplicated tag", R("_cell_length_b 4\n", "_cell_length_b 4\n_cell_length_a 5\n"), "appears twice", 4, "_cell_length_a" },
        { "duplicated tag in a loop", Good + "loop_\n_cell_length_a\n4\n", "appears twice", 17, "_cell_length_a" },
        { "binary content", "data_t\n_cell_length_a 4\n\u0001\u0002\0PK", "binary", 3, null },
        { "empty file", "", "empty", 1, null },
        { "blank file", "  \n\n\t\n", "empty", 1, null },
        { "50 MB file", new string('#', 50 * 1024 * 1024), "MB", 1, null },
        { "no data_ header", "_cell_length_a 4\n", "before the first data_ block", 1, null },
        { "html page", "<html>\n<body>not a cif</body>\n</html>\n", "before the first data_ block", 1, null },
        { "tag without value at end", Good + "_cell_volume", "has no value", 17, "_cell_volume" },
        { "tag followed by tag", R("_cell_length_a 4\n", "_cell_length_a\n"), "has no value", 2, "_cell_length_a" },
        { "value without tag", R("_cell_length_b 4\n", "_cell_length_b 4 5\n"), "has no tag", 3, null },
        { "unknown space group, no operations", R("'P 1'", "'Q 9 9'"), "not a known symbol", 8, "_symmetry_space_group_name_H-M" },
        { "no symmetry at all", R("_symmetry_space_group_name_H-M 'P 1'\n", ""), "no symmetry", 1, null },
        { "symmetry operation with two parts", Good + "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y'\n", "needs three", 19, "_symmetry_equiv_pos_as_xyz" },
        { "singular symmetry operation", Good + "loop_\n_space_group_symop_operation_xyz\nx,y,z\n'x,x,z'\n", "not a symmetry operation", 20, "_space_group_symop_operation_xyz" },
        { "no atom sites", "data_t\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n_symmetry_space_group_name_H-M 'P 1'\n", "No atom sites", 1, "_atom_site_fract_x" },
        { "missing z column", R("_atom_site_fract_z\n", "").Replace("0.2 0.3 1", "0.2 1", StringComparison.Ordinal), "no _atom_site_fract_z column", 9, "_atom_site_fract_z" },
        { "duplicate site label with aniso", R("Fe1 Fe 0.1 0.2 0.3 1\n", "Fe1 Fe 0.1 0.2 0.3 1\nFe1 Fe 0.5 0.5 0.5 1\n") + "loop_\n_atom_site_aniso_label\n_atom_site_aniso_U_11\n_atom_site_aniso_U_22\n_atom_site_aniso_U_33\n_atom_site_aniso_U_12\n_atom_site_aniso_U_13\n_atom_site_aniso_U_23\nFe1 .01 .01 .01 0 0 0\n", "used twice", 17, "_atom_site_label" },
        { "operations not forming a group", Good + "loop_\n_symmetry_equiv_pos_as_xyz\nx,y,z\n-y,x-y,z\n", "do not form a group", 19, "_symmetry_equiv_pos_as_xyz" },
        { "aniso given twice", Good + "loop_\n_atom_site_aniso_label\n_atom_site_aniso_U_11\n_atom_site_aniso_U_22\n_atom_site_aniso_U_33\n_atom_site_aniso_U_12\n_atom_site_aniso_U_13\n_atom_site_aniso_U_23\nFe1 .01 .01 .01 0 0 0\nFe1 .01 .01 .01 0 0 0\n", "given twice", 26, "_atom_site_aniso_label" },
        { "aniso label without site", Good + "loop_\n_atom_site_aniso_label\n_atom_site_aniso_U_11\n_atom_site_aniso_U_22\n_atom_site_aniso_U_33\n_atom_site_aniso_U_12\n_atom_site_aniso_U_13\n_atom_site_aniso_U_23\nO9 .01 .01 .01 0 0 0\n", "no atom site has that label", 25, "_atom_site_aniso_label" },
        { "space group number 300", R("_symmetry_space_group_name_H-M 'P 1'\n", "_symmetry_Int_Tables_number 300\n"), "1 to 230", 8, "_symmetry_Int_Tables_number" },
        { "Z of zero", Good + "_cell_formula_units_Z 0\n", "_cell_formula_units_Z must be", 17, "_cell_formula_units_Z" },
        { "global_ block", "global_\n" + Good, "not supported", 1, null },
        { "loop without values", Good + "loop_\n_x\n_y\n", "has no values", 17, "_x" },
        { "negative Uiso", R("_atom_site_occupancy\nFe1 Fe 0.1 0.2 0.3 1", "_atom_site_U_iso_or_equiv\nFe1 Fe 0.1 0.2 0.3 -0.5"), "outside 0–100", 16, "_atom_site_U_iso_or_equiv" },
        { "coordinate unknown", R("0.1 0.2 0.3", "? 0.2 0.3"), "Coordinate '?' is missing", 16, "_atom_site_fract_x" },
        { "unterminated CIF 2.0 list", R("'P 1'", "[1 2"), "Unterminated CIF 2.0 list", 8, "_symmetry_space_group_name_H-M" },
        { "several structures in one file (single expected)", Good + Good.Replace("data_t", "data_u", StringComparison.Ordinal), "holds 2 structures", 1, "data_" },
        { "block without structure", "data_paper\n_journal_year 1999\n", "no cell and no atom sites", 1, "_cell_length_a" },
        { "atom sites without loop", "data_t\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n_symmetry_space_group_name_H-M 'P 1'\n_atom_site_fract_x 0\n", "outside a loop_", 6, "_atom_site_fract_x" },
        { "space group symbol and no ops (triclinic typo)", R("'P 1'", "'P 0'") , "not a known symbol", 8, "_symmetry_space_group_name_H-M" },
        { "aniso loop lacking U_23", Good + "loop_\n_atom_site_aniso_label\n_atom_site_aniso_U_11\nFe1 .01\n", "lacks _atom_site_aniso_U_22", 17, "_atom_site_aniso_U_22" },
        { "no atom site element columns", "data_t\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n_symmetry_space_group_name_H-M 'P 1'\n" + AtomTail.Replace("_atom_site_label\n", "", StringComparison.Ordinal).Replace("Fe1 ", "", StringComparison.Ordinal), "neither _atom_site_label nor _atom_site_type_symbol", 6, "_atom_site_label" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_cif_gives_message_line_and_tag(string name, string cif, string fragment, int line, string? tag)
    {
        var e = Assert.Throws<InputException>(() => CrystalCifReader.ReadSingle(cif));
        Assert.True(e.Problem.Message.Contains(fragment, StringComparison.Ordinal), $"{name}: '{e.Problem.Message}' lacks '{fragment}'");
        Assert.True(line == e.Problem.Line, $"{name}: line {e.Problem.Line}, expected {line} ({e.Problem.Message})");
        if (tag is not null)
        {
            Assert.True(tag == e.Problem.Tag, $"{name}: tag {e.Problem.Tag}, expected {tag}");
        }
        Assert.Equal("crystal.cif", e.Problem.Field);
    }

    [Fact]
    public void Good_template_reads()
    {
        var c = CrystalCifReader.ReadSingle(Good);
        Assert.Single(c.ExpandToCell());
    }

    [Fact]
    public void Several_blocks_list_names_and_a_chosen_block_reads()
    {
        var two = Good + Good.Replace("data_t", "data_u", StringComparison.Ordinal).Replace("Fe1 Fe", "Ni1 Ni", StringComparison.Ordinal);
        var r = CrystalCifReader.Read(two);
        Assert.True(r.NeedsBlockChoice);
        Assert.Equal(["t", "u"], r.BlockNames.ToArray());
        Assert.Equal("Ni", CrystalCifReader.ReadBlock(two, "u").Sites[0].Element.Symbol);
        var e = Assert.Throws<InputException>(() => CrystalCifReader.ReadBlock(two, "v"));
        Assert.Contains("data_t, data_u", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounded_stream_reader_rejects_oversized_upload_before_parsing()
    {
        using var big = new MemoryStream(new byte[CifParser.MaxBytes + 10]);
        var e = Assert.Throws<InputException>(() => CifTextChecks.ReadBounded(big));
        Assert.Contains("MB", e.Problem.Message, StringComparison.Ordinal);
    }
}
