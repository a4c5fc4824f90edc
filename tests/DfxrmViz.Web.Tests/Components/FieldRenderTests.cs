using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Absorption;
using DfxrmViz.Web.Components.Geometry;
using DfxrmViz.Web.Components.Lens;
using DfxrmViz.Web.Components.Planner;
using DfxrmViz.Web.Components.Reflections;
using DfxrmViz.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>An edit re-renders the fields that show what changed and leaves the other inputs alone (FieldComponentBase, Memo):
/// before, every input on the page re-rendered with each energy edit, MudBlazor components and all.</summary>
public class FieldRenderTests
{
    private static readonly RenderFragment Page = b =>
    {
        b.OpenComponent<PlanRenderPump>(0);
        b.CloseComponent();
        b.OpenComponent<InputPanel>(1);
        b.CloseComponent();
        b.OpenComponent<MountInputs>(2);
        b.CloseComponent();
        b.OpenComponent<AbsorptionSection>(3);
        b.CloseComponent();
        b.OpenComponent<ReflectionsSection>(4);
        b.CloseComponent();
        b.OpenComponent<LensSection>(5);
        b.CloseComponent();
    };

    [Fact]
    public async Task An_energy_edit_renders_the_energy_fields_again_and_not_the_other_inputs()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render(Page);
        session.Edit(p => p with { EnergyKeV = 17.2 }); // the first edit after the page's first render draws each field once more
        await session.Settled;
        cut.WaitForAssertion(() => Assert.Equal("17.2", cut.Find("#absorption-energy").GetAttribute("value")));
        cut.WaitForAssertion(() => Assert.Equal("17.2", cut.Find("#energy-kev").GetAttribute("value")));

        var counts = cut.FindComponents<IComponent>().ToDictionary(c => c.Instance, c => c.RenderCount);
        session.Edit(p => p with { EnergyKeV = 17.3 });
        await session.Settled;
        cut.WaitForAssertion(() => Assert.Equal("17.3", cut.Find("#energy-kev").GetAttribute("value")));
        cut.WaitForAssertion(() => Assert.Equal("17.3", cut.Find("#absorption-energy").GetAttribute("value")));

        bool Rendered(IComponent c) => cut.FindComponents<IComponent>().Single(r => r.Instance == c).RenderCount > counts[c];
        var fields = cut.FindComponents<ValidatedNumberField>().ToDictionary(f => f.Instance.Id, f => Rendered(f.Instance));
        Assert.True(fields["energy-kev"]);
        Assert.True(fields["wavelength-a"]);
        Assert.True(fields["absorption-energy"]);
        Assert.Equal(["energy-kev", "wavelength-a", "absorption-energy"], fields.Where(f => f.Value).Select(f => f.Key));
        Assert.DoesNotContain(cut.FindComponents<LatticeVectorField>(), f => Rendered(f.Instance));
        Assert.DoesNotContain(cut.FindComponents<OptionalNumberField>(), f => Rendered(f.Instance));
        Assert.DoesNotContain(cut.FindComponents<MudRadioGroup<bool>>(), f => Rendered(f.Instance));
        Assert.DoesNotContain(cut.FindComponents<MudRadioGroup<DfxrmViz.Core.XrayData.AttenuationTable>>(), f => Rendered(f.Instance));
        Assert.DoesNotContain(cut.FindComponents<MudSelect<string>>(), f => Rendered(f.Instance));
    }

    [Fact]
    public async Task A_field_skipped_by_an_edit_still_shows_a_change_of_its_own_value()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render(Page);
        session.Edit(p => p with { EnergyKeV = 17.2 });
        await session.Settled;

        session.Edit(p => p with { SampleUm = p.SampleUm with { Thickness = 123 }, LensModel = DfxrmViz.Core.Optics.LensModel.Thin });
        await session.Settled;

        cut.WaitForAssertion(() => Assert.Equal("123", cut.Find("#sample-thickness").GetAttribute("value")));
        Assert.Equal("123", cut.Find("#absorption-thickness").GetAttribute("value"));
        var thin = cut.FindComponents<MudRadioGroup<DfxrmViz.Core.Optics.LensModel>>().Single();
        Assert.Equal(DfxrmViz.Core.Optics.LensModel.Thin, thin.Instance.Value);
    }
}
