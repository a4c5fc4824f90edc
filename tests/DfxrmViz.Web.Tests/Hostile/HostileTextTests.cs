using Bunit;
using DfxrmViz.Web.Components.Crystal;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Hostile;

/// <summary>Issue 15 "Hostile text": script and img-onerror payloads in a CIF's data name, its chemical name, its atom
/// labels and the uploaded file name are shown as text: the markup holds them escaped and no element comes of them.</summary>
public class HostileTextTests
{
    public const string ScriptName = "<script>alert(1)</script>";
    public const string ImgLabel = "<img/src=x/onerror=alert(3)>";
    public const string FileName = "<img src=x onerror=alert(4)>.cif";

    /// <summary>A valid P1 silicon-like CIF whose every free text is a payload (CIF 1.1: data names and labels have no spaces).</summary>
    public static readonly string Cif = $"""
        data_{ScriptName}
        _chemical_name_common '<img src=x onerror=alert(2)>'
        _cell_length_a 5.431
        _cell_length_b 5.431
        _cell_length_c 5.431
        _cell_angle_alpha 90
        _cell_angle_beta 90
        _cell_angle_gamma 90
        _symmetry_space_group_name_H-M 'P 1'
        loop_
        _atom_site_label
        _atom_site_type_symbol
        _atom_site_fract_x
        _atom_site_fract_y
        _atom_site_fract_z
        {ImgLabel} Si 0 0 0
        Si2 Si 0.25 0.25 0.25

        """;

    [Fact]
    public async Task Payloads_in_a_cif_and_its_file_name_render_as_text_not_markup()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("Si"));
        var cut = ctx.Render<CrystalSection>();
        await cut.InvokeAsync(() => session.LoadCif(FileName, Cif));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#atom-sites tbody tr").Count));

        Assert.Contains(ImgLabel, cut.Find("#atom-sites").TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;img/src=x/onerror=alert(3)&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
        Assert.DoesNotContain("<script>", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", cut.Markup, StringComparison.Ordinal);
    }
}
