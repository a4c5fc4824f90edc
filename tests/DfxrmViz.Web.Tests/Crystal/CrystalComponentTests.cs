using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Crystal;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Crystal;

public class CrystalComponentTests
{
    [Fact]
    public async Task Section_shows_the_empty_state_then_the_summary_and_atom_sites()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(new Plan { Crystal = CrystalSource.FromCif("data_x\n_cell_length_a 5.4x3\n") });
        var cut = ctx.Render<CrystalSection>();
        Assert.Contains("Needs:", cut.Markup);

        await cut.InvokeAsync(() => session.Edit(p => PlanEdits.WithCrystal(p, CrystalSource.BuiltIn("LiNbO3"))));
        cut.WaitForAssertion(() => Assert.Contains("318.212 Å³", cut.Find("#crystal-volume").TextContent));
        // docs/physics.md §9: ρ = 4.62898 g/cm³, shown to 4 decimals.
        Assert.Contains("4.6290 g/cm³", cut.Find("#crystal-density").TextContent);
        Assert.Contains("Li 6, Nb 6, O 18", cut.Find("#crystal-atoms").TextContent);
        Assert.Equal(3, cut.FindAll("#atom-sites tbody tr").Count);
    }

    [Fact]
    public async Task The_atom_sites_table_is_the_markup_of_a_dense_hover_MudTable_without_its_components()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("LiNbO3"));
        var cut = ctx.Render<CrystalSection>();
        var table = cut.Find("#atom-sites");
        Assert.Empty(cut.FindComponents<MudBlazor.MudTable<DfxrmViz.Core.Crystal.AtomSite>>());

        // The same header and cells through MudTable (MudBlazor 9.12), its random container and row ids and row click handlers aside.
        var heads = table.QuerySelectorAll("thead th").Select(th => th.InnerHtml).ToList();
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(td => (td.GetAttribute("data-label")!, td.InnerHtml)).ToList()).ToList();
        Assert.All(rows, r => Assert.Equal(["Label", "Type", "x", "y", "z", "Occupancy", "U (Å²)", "Displacement", "CIF line"], r.Select(c => c.Item1)));
        var mud = ctx.Render<MudBlazor.MudTable<int>>(p => p.Add(t => t.Items, Enumerable.Range(0, rows.Count)).Add(t => t.Dense, true).Add(t => t.Hover, true)
            .Add(t => t.Class, "mt-3").Add(t => t.Elevation, 0).AddUnmatched("id", "atom-sites")
            .Add(t => t.HeaderContent, (Microsoft.AspNetCore.Components.RenderFragment)(b =>
            {
                foreach (var h in heads)
                {
                    b.OpenComponent<MudBlazor.MudTh>(0);
                    b.AddComponentParameter(1, "ChildContent", (Microsoft.AspNetCore.Components.RenderFragment)(c => c.AddMarkupContent(0, h)));
                    b.CloseComponent();
                }
            }))
            .Add(t => t.RowTemplate, i => b =>
            {
                foreach (var (label, html) in rows[i])
                {
                    b.OpenComponent<MudBlazor.MudTd>(0);
                    b.AddComponentParameter(1, "DataLabel", label);
                    b.AddComponentParameter(2, "ChildContent", (Microsoft.AspNetCore.Components.RenderFragment)(c => c.AddMarkupContent(0, html)));
                    b.CloseComponent();
                }
            }));
        var expected = System.Text.RegularExpressions.Regex.Replace(mud.Find("#atom-sites").OuterHtml,
            @" id=""mudtable_[^""]*""| style=""\s*""| aria-disabled=""false""", "");
        table.MarkupMatches(expected); // bUnit's semantic comparison: whitespace between elements and blazor: attributes aside
    }

    [Fact]
    public async Task A_broken_upload_shows_line_and_keeps_the_crystal_in_use()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("Si"));
        var ex = Assert.Throws<DfxrmViz.Core.Diagnostics.InputException>(() => session.LoadCif("bad.cif", "data_x\n_cell_length_a 'unterminated\n"));
        Assert.Equal(2, ex.Problem.Line);
        Assert.Equal("Si", session.Plan.Crystal.Builtin);
    }

    [Fact]
    public async Task Several_blocks_ask_for_a_choice_and_load_nothing_until_then()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("Si"));
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crystal", "TwoBlocks.cif"));
        Assert.Equal(["al", "w"], session.LoadCif("two.cif", text));
        Assert.Equal("Si", session.Plan.Crystal.Builtin);
        session.LoadCif("two.cif", text, "w");
        Assert.Equal("w", session.Plan.Crystal.Block);
    }

    [Fact]
    public async Task The_picker_follows_a_crystal_changed_elsewhere()
    {
        // A room member (or a reset, or a suggestion) changes the plan's crystal: the picker must not keep the old name.
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("LiNbO3"));
        var cut = ctx.Render<CrystalInput>();
        Assert.StartsWith("Lithium niobate", cut.Find("#crystal-picker").GetAttribute("value"), StringComparison.Ordinal);

        await cut.InvokeAsync(() => session.Edit(p => PlanEdits.WithCrystal(p, CrystalSource.BuiltIn("Si"))));
        cut.WaitForAssertion(() => Assert.StartsWith("Silicon", cut.Find("#crystal-picker").GetAttribute("value"), StringComparison.Ordinal));
        Assert.Contains("Silicon", cut.Find("#crystal-current").TextContent, StringComparison.Ordinal);
    }

    // IUCr notation: s.u. in units of the last digit, two digits when the leading digit is 1.
    [Theory]
    [InlineData(5.14829, 0.00002, "5.14829(2)")]
    [InlineData(13.8631, 0.0015, "13.8631(15)")]
    [InlineData(90.0, null, "90.00000")]
    [InlineData(104.53, 0.3, "104.5(3)")]
    public void Uncertainty_uses_parenthesis_notation(double value, double? su, string expected)
    {
        Assert.Equal(expected, Uncertainty.Format(value, su));
    }
}
