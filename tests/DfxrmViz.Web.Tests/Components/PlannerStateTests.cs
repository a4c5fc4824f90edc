using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Web.Services;

namespace DfxrmViz.Web.Tests.Components;

public class PlannerStateTests
{
    [Fact]
    public void Refused_energy_keeps_the_last_good_value()
    {
        var state = new PlannerState();
        state.SetEnergyKeV(8.048);
        Assert.Throws<InputException>(() => state.SetEnergyKeV(0));
        Assert.Equal(8.048, state.EnergyKeV);
        // docs/physics.md §9: λ(8.048 keV) = 1.5405591257 Å.
        Assert.Equal(1.5405591257, state.WavelengthA, 1e-10);
    }

    [Fact]
    public void Wavelength_sets_the_energy()
    {
        var state = new PlannerState();
        state.SetWavelengthA(0.7293188143);
        Assert.Equal(17.0, state.EnergyKeV, 1e-9);
    }
}
