using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.XrayData;
using DfxrmViz.Web.Components.Absorption;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Absorption;

public class AbsorptionSectionTests
{
    [Fact]
    public async Task Without_a_crystal_the_section_says_what_is_missing()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(new Plan { Crystal = CrystalSource.FromCif("data_x\n_cell_length_a 5.4x3\n") });
        var cut = ctx.Render<AbsorptionSection>();
        Assert.Contains("Needs:", cut.Markup);
        Assert.Empty(cut.FindAll("#absorption-numbers"));
    }

    [Fact]
    public async Task LiNbO3_at_17_keV_and_150_um_shows_the_old_tools_numbers_and_an_edge_free_ok_verdict()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("LiNbO3"));
        var cut = ctx.Render<AbsorptionSection>();
        // docs/physics.md §9: Elam total L = 174.581 µm, T(150 µm) = 0.42350 (upstream labels "175 µm", "42.35%"); ρ 4.62898 g/cm³.
        Assert.Equal("174.6 µm", cut.Find("#absorption-length").TextContent);
        Assert.Equal("42.35 %", cut.Find("#absorption-transmission").TextContent);
        Assert.Equal("4.629 g/cm³", cut.Find("#absorption-density").TextContent);
        Assert.Equal("57.28 cm⁻¹", cut.Find("#absorption-mu").TextContent);
        Assert.Contains("Elam, Ravel & Sieber (XrayDB 4.4.7)", cut.Find("#absorption-table-name").TextContent, StringComparison.Ordinal);
        var verdict = cut.Find("#absorption-verdict").TextContent;
        Assert.Contains("42.35 % of the beam gets through 150 µm at 17 keV: above your 1 % limit", verdict, StringComparison.Ordinal);
        // Nb K at 18.986 keV is 10 % away: no edge note at 17 keV.
        Assert.Empty(cut.FindAll(".absorption-edge-note"));
    }

    [Fact]
    public async Task Chantler_switch_changes_the_numbers_and_the_table_name()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("LiNbO3"));
        var cut = ctx.Render<AbsorptionSection>();
        await cut.InvokeAsync(() => session.Edit(p => p with { Table = AttenuationTable.Chantler }));
        // docs/physics.md §9: Chantler total 182.175 µm.
        cut.WaitForAssertion(() => Assert.Equal("182.2 µm", cut.Find("#absorption-length").TextContent));
        Assert.Contains("Chantler", cut.Find("#absorption-table-name").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thick_sample_at_8_keV_warns_with_the_thickness_and_an_energy_that_would_give_10_percent()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("LiNbO3") with { EnergyKeV = 8, SampleUm = new SampleSizeUm(5000, 5000, 2000) });
        var cut = ctx.Render<AbsorptionSection>();
        var verdict = cut.Find("#absorption-verdict");
        Assert.Contains("mud-alert-text-warning", verdict.ClassName, StringComparison.Ordinal);
        var text = verdict.TextContent;
        Assert.Contains("Only", text, StringComparison.Ordinal);
        Assert.Contains("below your 1 % limit", text, StringComparison.Ordinal);
        Assert.Contains("at most", text, StringComparison.Ordinal);
        Assert.Contains("for 10 %", text, StringComparison.Ordinal);
        Assert.Contains("raise the energy", text, StringComparison.Ordinal);
        // Below the Nb L edges (≈2.4–2.7 keV) LiNbO3 is far too absorbing for 2 mm: no lower energy helps.
        Assert.DoesNotContain("lower the energy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Energy_within_half_a_percent_of_the_Nb_K_edge_gets_a_note()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("LiNbO3") with { EnergyKeV = 18.95 });
        var cut = ctx.Render<AbsorptionSection>();
        var note = cut.Find(".absorption-edge-note").TextContent;
        // XrayDB 4.4.7 xray_levels: Nb K 18.986 keV; (18.986 − 18.95)/18.986 = 0.19 %.
        Assert.Contains("18.95 keV is 0.19 % below the Nb K edge at 18.986 keV", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Energy_outside_the_Chantler_range_shows_the_range_by_the_field_and_keeps_the_last_good_numbers()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("LiNbO3") with { Table = AttenuationTable.Chantler });
        var cut = ctx.Render<AbsorptionSection>();
        cut.Find("#absorption-energy").Change("250");
        cut.WaitForAssertion(() => Assert.Contains("The Chantler tables cover 1–200 keV", cut.Markup, StringComparison.Ordinal));
        // 250 keV is a valid plan (2θ and the lens still compute): the absorption stage states what its table cannot do.
        Assert.Equal(250.0, session.Plan.EnergyKeV);
        Assert.Equal("182.2 µm", cut.Find("#absorption-length").TextContent);
        cut.WaitForAssertion(() => Assert.Contains("1–200 keV", cut.Find("#absorption-energy-problem").TextContent, StringComparison.Ordinal));
        Assert.Contains("last valid inputs (17 keV", cut.Find("#absorption-energy-problem").TextContent, StringComparison.Ordinal);
        Assert.Equal("182.2 µm", cut.Find("#absorption-length").TextContent);
    }

    [Fact]
    public async Task User_threshold_above_the_transmission_turns_the_verdict_into_a_warning()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("LiNbO3"));
        var cut = ctx.Render<AbsorptionSection>();
        cut.Find("#absorption-warn").Change("50");
        cut.WaitForAssertion(() => Assert.Contains("below your 50 % limit", cut.Find("#absorption-verdict").TextContent, StringComparison.Ordinal));
        Assert.Equal(50, session.Plan.WarnBelowPercent);
        cut.Find("#absorption-warn").Change("150");
        cut.WaitForAssertion(() => Assert.Contains("strictly between 0 and 100 %", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(50, session.Plan.WarnBelowPercent);
    }
}
