using System.Text.Json.Nodes;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Export.Gltf;
using DfxrmViz.Export.Tests.Gltf;

namespace DfxrmViz.Export.Tests.Hostile;

/// <summary>Issue 15 "Hostile text": a CIF whose chemical name is an img-onerror payload reaches the .glb legend as the same
/// plain string (JSON-escaped by the writer, read back verbatim): data for a viewer to show as text, never HTML-escaped
/// twice and never markup.</summary>
public class HostileGlbTextTests
{
    private const string Payload = "<img src=x onerror=alert(2)>";

    [Fact]
    public void A_payload_crystal_name_is_a_plain_string_in_the_glb()
    {
        var cif = $"data_x\n_chemical_name_common '{Payload}'\n_cell_length_a 5.431\n_cell_length_b 5.431\n_cell_length_c 5.431\n" +
            "_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n" +
            "_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n<script>x</script> Si 0 0 0\nSi2 Si 0.25 0.25 0.25\n";
        var plan = new Plan { Crystal = CrystalSource.FromCif(cif, "<b>.cif"), Hkl = new Hkl(2, 2, 0) };
        var results = new PlanPipeline().Compute(plan);
        var scene = results.Scene.Value ?? throw new InvalidOperationException(results.Scene.Problem?.Message);

        var glb = new GlbReader(SceneGlb.Write(scene));
        var strings = glb.Model.LogicalNodes.SelectMany(n => Strings(n.Extras).Append(n.Name ?? "")).ToList();
        Assert.Contains(strings, s => s.Contains(Payload, StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("&lt;", StringComparison.Ordinal) || s.Contains("&amp;", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
