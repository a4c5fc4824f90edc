using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Issue 12 item 6: from 0.5 (below the Chantler tables) and 1 to 150 keV, for every built-in crystal with a chosen reflection (its default at 17 keV,
/// then kept by the user), the choice is kept, every stage gives numbers or a reason, nothing is NaN.</summary>
public class EnergySweepTests
{
    private static readonly double[] EnergiesKeV = [0.5, 1, 2, 4, 8, 17, 30, 50, 65, 80, 110, 150];

    public static TheoryData<string> Crystals => [.. CrystalLibrary.List().Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Crystals))]
    public void A_chosen_reflection_is_kept_and_every_stage_gives_numbers_or_a_reason(string id)
    {
        var pipeline = new PlanPipeline();
        var basePlan = Plan.Example with { Crystal = CrystalSource.BuiltIn(id), Hkl = null, Up = null, Front = null };
        var chosen = pipeline.Compute(basePlan, PlanPhase.Table).Selection.Value!.Hkl!.Value;
        var plan = basePlan with { Hkl = chosen };
        foreach (var e in EnergiesKeV)
        {
            var at = $"{id} {chosen} at {e} keV";
            var r = pipeline.Compute(PlanValidation.Validated(plan with { EnergyKeV = e }), PlanPhase.Table);
            Assert.True(r.Selection.Value is { IsDefault: false } s && s.Hkl == chosen, $"{at}: the selection is {r.Selection.Value?.Hkl} ({r.Selection.Problem?.Message})");
            foreach (var (name, value, problem) in Stages(r))
            {
                Assert.True(value is not null || !string.IsNullOrWhiteSpace(problem), $"{at}: stage {name} has neither numbers nor a reason");
                Assert.Null(NonFinite.Find(value, $"{at}: {name}"));
            }
            if (!r.Selection.Value!.Usable)
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Selection.Value.Reason), $"{at}: unusable without a reason");
            }
        }
    }

    private static IEnumerable<(string Name, object? Value, string? Problem)> Stages(PlanResults r)
    {
        yield return ("absorption", r.Absorption.Value, r.Absorption.Problem?.Message);
        yield return ("attenuationCurve", r.AttenuationCurve.Value, r.AttenuationCurve.Problem?.Message);
        yield return ("reflections", r.Reflections.Value?.Rows.Select(x => (x.DA, x.TwoThetaDeg, x.F2, x.RelativeIntensityPercent)).ToList(), r.Reflections.Problem?.Message);
        yield return ("bragg", r.Bragg.Value, r.Bragg.Problem?.Message);
        yield return ("orientation", r.Orientation.Value?.Result, r.Orientation.Problem?.Message);
        yield return ("lens", r.Lens?.Value?.Result, r.Lens?.Problem?.Message);
        yield return ("lensCurve", r.LensCurve?.Value, r.LensCurve?.Problem?.Message);
        foreach (var p in r.Preflight.Where(p => p.Check != "reachability"))
        {
            yield return ("preflight " + p.Check, p.Message.Length > 0 ? p.Message : null, p.Message);
        }
    }

    [Fact]
    public void The_non_finite_finder_finds_a_nan_deep_inside_and_names_its_path()
    {
        Assert.Equal("r.B[1].C = NaN", NonFinite.Find(new { A = 1.0, B = new object[] { 2.0, new { C = double.NaN } } }, "r"));
        Assert.Null(NonFinite.Find(new { A = 1.0, B = new[] { 2.0 } }, "r"));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1e9)]
    [InlineData(801)]
    public void An_energy_outside_every_table_is_refused_by_the_energy_field(double energyKeV)
    {
        var ex = Assert.Throws<Diagnostics.InputException>(() => PlanValidation.Validated(Plan.Example with { EnergyKeV = energyKeV }));
        Assert.Equal("plan.energyKeV", ex.Problem.Field);
    }

    [Fact]
    public void Going_back_to_17_keV_keeps_the_users_reflection()
    {
        var pipeline = new PlanPipeline();
        foreach (var e in new[] { 17.0, 65, 150, 17 })
        {
            var r = pipeline.Compute(Plan.Example with { EnergyKeV = e }, PlanPhase.Table);
            Assert.Equal(new Hkl(1, -1, 2), r.Selection.Value!.Hkl);
            Assert.True(r.Bragg.Value is not null, $"{e} keV: {r.Bragg.Problem?.Message}");
            Assert.True(r.Orientation.Value is not null, $"{e} keV: {r.Orientation.Problem?.Message}");
            Assert.True(r.Lens!.Value is not null || r.Lens.Problem is { Message.Length: > 0 }, $"{e} keV: lens without numbers or a reason");
            Assert.True(r.Reflections.Value is { Rows.Length: > 0 }, $"{e} keV: {r.Reflections.Problem?.Message}");
        }
    }

    // LiNbO3 R3c (hexagonal axes): (0 0 l) needs l = 6n — the c-glide halves the R centring's l = 3n (ITA Vol. A, R3c reflection conditions).
    [Theory]
    [InlineData(8.0)]
    [InlineData(17.0)]
    [InlineData(65.0)]
    [InlineData(150.0)]
    public void An_absent_reflection_planned_on_purpose_is_planned_and_carries_its_warning(double energyKeV)
    {
        var r = new PlanPipeline().Compute(Plan.Example with { Hkl = new Hkl(0, 0, 3), Up = null, Front = null, EnergyKeV = energyKeV }, PlanPhase.Table);
        var s = r.Selection.Value!;
        Assert.Equal(new Hkl(0, 0, 3), s.Hkl);
        Assert.False(s.IsDefault);
        Assert.False(s.Usable);
        Assert.Contains("systematically absent", s.Reason, StringComparison.Ordinal);
        Assert.Matches("glide plane [-xyz+0-9/,]+ forbids it", s.Reason);
        Assert.NotNull(r.Bragg.Value);
        Assert.NotNull(r.Orientation.Value);
        var verdict = r.PreflightOf("reachability");
        Assert.Equal(PreflightStatus.Problem, verdict.Status);
        Assert.Contains("systematically absent", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("glide plane", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_rows_of_the_table_name_the_operation_that_kills_them()
    {
        var t = ReflectionCalculator.Compute(CrystalLibrary.Load("LiNbO3"), 17, 0, 45, includeAbsent: true);
        var row = t.Find(new Hkl(0, 0, 3))!;
        Assert.True(row.Absent);
        Assert.Contains("glide plane", row.AbsentBy, StringComparison.Ordinal);
        Assert.All(t.Rows, x => Assert.Equal(x.Absent, x.AbsentBy is not null));
    }
}
