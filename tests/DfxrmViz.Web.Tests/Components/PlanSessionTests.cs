using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Units;
using DfxrmViz.Web.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace DfxrmViz.Web.Tests.Components;

public class PlanSessionTests
{
    private static PlanSession NewSession(TimeSpan? quickShownAfter = null)
    {
        var s = new PlanSession(NullLogger<PlanSession>.Instance) { QuickShownAfter = quickShownAfter ?? PlanSession.DefaultQuickShownAfter };
        s.Open(Plan.Example);
        return s;
    }

    [Fact]
    public void A_refused_edit_keeps_the_plan_as_it_was()
    {
        var session = NewSession();
        session.Edit(p => p with { EnergyKeV = 8.048 });
        var ex = Assert.Throws<InputException>(() => session.Edit(p => p with { EnergyKeV = 0 }));
        Assert.Equal("plan.energyKeV", ex.Problem.Field);
        Assert.Equal(8.048, session.Plan.EnergyKeV);
        // docs/physics.md §9: λ(8.048 keV) = 1.5405591257 Å.
        Assert.Equal(1.5405591257, Photon.WavelengthA(session.Plan.EnergyKeV), 1e-10);
    }

    [Fact]
    public async Task An_edit_gives_the_cheap_numbers_at_once_and_the_table_after()
    {
        var session = NewSession();
        await session.Settled;
        session.Edit(p => p with { EnergyKeV = 18 });
        Assert.NotNull(session.Results.Bragg.Value);
        Assert.Equal(18, session.Results.Absorption.Value!.EnergyKeV);
        await session.Settled;
        Assert.True(session.Results.IsComplete);
        Assert.Equal(18, session.Results.Reflections.Value!.EnergyKeV);
        Assert.NotNull(session.Results.Reachability.Value);
    }

    [Theory]
    // Plan.Example (LiNbO3, 17 keV, the instrument's 2θ window) lists a few hundred classes: the table and its reachability
    // arrive together. PZT at 60 keV up to 2θ = 90° lists more than PlanSession.ShowTableFirstRows: the table comes first.
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    public async Task A_long_table_is_shown_before_its_reachability_and_a_short_one_with_it(bool longTable, int changes)
    {
        var session = NewSession(TimeSpan.Zero); // the cheap numbers at once, whatever the rest takes
        if (longTable)
        {
            session.Edit(p => PlanEdits.WithCrystal(p, CrystalSource.BuiltIn("PZT")) with { EnergyKeV = 60, TwoThetaMaxDeg = 90 });
        }
        await session.Settled;
        var seen = new List<(bool Complete, int Rows)>();
        session.Changed += () =>
        {
            lock (seen)
            {
                seen.Add((session.Results.IsComplete, session.Results.Reflections.Value?.Rows.Length ?? -1));
            }
        };
        session.Edit(p => p with { EnergyKeV = p.EnergyKeV + 0.5 });
        await session.Settled;
        var rows = session.Results.Reflections.Value!.Rows.Length;
        Assert.Equal(longTable, rows > PlanSession.ShowTableFirstRows);
        lock (seen)
        {
            Assert.Equal(changes, seen.Count);
            Assert.Equal((false, -1), seen[0]); // the cheap numbers at once
            Assert.Equal((true, rows), seen[^1]);
            if (longTable)
            {
                Assert.Equal((false, rows), seen[1]);
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task While_the_rest_comes_within_the_wait_the_cheap_numbers_are_not_shown_alone(bool longTable)
    {
        var session = NewSession(TimeSpan.FromDays(1)); // a wait no phase outlasts: no clock decides the outcome
        if (longTable)
        {
            session.Edit(p => PlanEdits.WithCrystal(p, CrystalSource.BuiltIn("PZT")) with { EnergyKeV = 60, TwoThetaMaxDeg = 90 });
        }
        await session.Settled;
        var seen = new List<(bool Complete, int Rows)>();
        session.Changed += () =>
        {
            lock (seen)
            {
                seen.Add((session.Results.IsComplete, session.Results.Reflections.Value?.Rows.Length ?? -1));
            }
        };
        session.Edit(p => p with { EnergyKeV = p.EnergyKeV + 0.5 });
        Assert.Equal(session.Plan.EnergyKeV, session.Results.Absorption.Value!.EnergyKeV); // the cheap numbers are there to read at once
        await session.Settled;
        var rows = session.Results.Reflections.Value!.Rows.Length;
        lock (seen)
        {
            // One render of everything for a short table; a long one still shows its rows before their reachability.
            Assert.Equal(longTable ? [(false, rows), (true, rows)] : [(true, rows)], seen);
        }
    }

    [Fact]
    public void Another_crystal_clears_what_only_meant_something_for_the_old_one()
    {
        var session = NewSession();
        session.Edit(p => PlanEdits.WithCrystal(p, CrystalSource.BuiltIn("Si")));
        Assert.Null(session.Plan.Hkl);
        Assert.Null(session.Plan.Up);
        Assert.Null(session.Plan.Front);
        Assert.Equal(17, session.Plan.EnergyKeV);
    }

    [Fact]
    public async Task The_default_reflection_is_never_written_into_the_plan()
    {
        var session = NewSession();
        session.Edit(p => PlanEdits.WithHkl(p, null));
        await session.Settled;
        Assert.True(session.Results.Selection.Value!.IsDefault);
        Assert.Null(session.Plan.Hkl);
        Assert.Equal(new Hkl(1, -1, 2), PlanEdits.WithHkl(session.Plan, new Hkl(1, -1, 2)).Hkl);
    }
}
