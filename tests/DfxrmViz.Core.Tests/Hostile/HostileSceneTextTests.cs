using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Tests.Hostile;

/// <summary>Issue 15 "Hostile text": a CIF whose data name and atom label are HTML payloads reads into plain strings, kept
/// verbatim (nothing is interpreted, nothing escaped twice), so every writer can treat them as text.</summary>
public class HostileSceneTextTests
{
    private const string Payload = "<img/src=x/onerror=alert(1)>";

    [Fact]
    public void Payloads_in_a_cif_are_read_as_the_same_plain_strings()
    {
        var cif = $"data_<script>x</script>\n_cell_length_a 5.431\n_cell_length_b 5.431\n_cell_length_c 5.431\n_cell_angle_alpha 90\n" +
            $"_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n" +
            $"_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n{Payload} Si 0 0 0\n";
        var read = CrystalCifReader.Read(cif);
        var crystal = read.Crystal!;
        Assert.Contains(crystal.Sites, s => s.Label == Payload);
        var results = new PlanPipeline().Compute(Plan.Example with { Crystal = CrystalSource.FromCif(cif, "<b>bold</b>.cif") });
        Assert.Null(results.Crystal.Problem);
        Assert.Equal("<b>bold</b>.cif", results.Plan.Crystal.FileName);
    }
}
