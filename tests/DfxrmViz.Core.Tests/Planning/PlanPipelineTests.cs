using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.Planning;

public class PlanPipelineTests
{
    private static readonly PlanPipeline Pipeline = new();

    // docs/physics.md §9: LiNbO3 (1,−1,2) at 17 keV: 2θ 11.161382°, Elam total L 174.581 µm, T(150 µm) 0.42350; Chantler 182.175 µm.
    [Fact]
    public void The_example_gives_the_reference_numbers()
    {
        var r = Pipeline.Compute(Plan.Example);
        Assert.True(r.IsComplete);
        Assert.Equal(11.161382, r.Bragg.Value!.TwoThetaDeg, 6);
        Assert.Equal(174.581, r.Absorption.Value!.AttenuationLengthUm, 1e-5 * 174.581);
        Assert.Equal(0.42350, r.Absorption.Value.Transmission, 1e-4 * 0.42350);
        Assert.False(r.Selection.Value!.IsDefault);
        Assert.Equal(new Hkl(1, -1, 2), r.Selection.Value.Hkl);
        Assert.NotEmpty(r.Orientation.Value!.Result.Solutions.Solutions);
        Assert.Equal(209.0, r.Lens!.Value!.Result.D1Mm, 0.1);
        Assert.Equal(PreflightStatus.Ok, r.PreflightOf("absorption").Status);
        Assert.Equal(PreflightStatus.Unchecked, r.PreflightOf("mount").Status);
    }

    [Fact]
    public void The_orientation_transmissions_use_the_plans_table()
    {
        var r = Pipeline.Compute(Plan.Example with { Table = AttenuationTable.Chantler });
        Assert.Equal(182.175, r.Orientation.Value!.AttenuationLengthUm!.Value, 1e-5 * 182.175);
        Assert.Equal(182.175, r.Absorption.Value!.AttenuationLengthUm, 1e-5 * 182.175);
    }

    [Fact]
    public void The_default_reflection_is_a_result_and_the_quick_phase_leaves_it_pending()
    {
        var plan = Plan.Example with { Hkl = null, Up = null, Front = null };
        var quick = Pipeline.ComputeQuick(plan);
        Assert.True(quick.Reflections.IsPending);
        Assert.True(quick.Selection.IsPending);
        Assert.NotNull(quick.Absorption.Value);
        var full = Pipeline.Compute(plan);
        Assert.True(full.Selection.Value!.IsDefault);
        Assert.Equal(full.Reflections.Value!.DefaultReflection!.Hkl, full.Selection.Value.Hkl);
        Assert.Null(full.Plan.Hkl);
        Assert.Null(PlanJson.Read(PlanJson.Write(full.Plan)).Hkl);
    }

    [Fact]
    public void With_a_given_reflection_the_quick_phase_has_every_key_number()
    {
        var quick = new PlanPipeline().ComputeQuick(Plan.Example);
        Assert.True(quick.Reflections.IsPending);
        Assert.NotNull(quick.Bragg.Value);
        Assert.NotNull(quick.Absorption.Value);
        Assert.NotNull(quick.Orientation.Value);
        Assert.NotNull(quick.Lens!.Value);
    }

    [Fact]
    public void An_energy_change_reuses_the_crystal_the_attenuation_curve_and_the_lens_file()
    {
        var pipeline = new PlanPipeline();
        var a = pipeline.Compute(Plan.Example);
        var b = pipeline.Compute(Plan.Example with { EnergyKeV = 18 });
        Assert.Same(a.Crystal.Value, b.Crystal.Value);
        Assert.Same(a.AttenuationCurve.Value, b.AttenuationCurve.Value);
        Assert.Same(a.Lens!.Value!.File, b.Lens!.Value!.File);
        Assert.NotEqual(a.Bragg.Value!.TwoThetaDeg, b.Bragg.Value!.TwoThetaDeg);
        var again = pipeline.Compute(Plan.Example);
        Assert.Same(a.Reflections.Value, again.Reflections.Value);
        Assert.Same(a.Orientation.Value, again.Orientation.Value);
    }

    [Fact]
    public void A_physically_impossible_plan_states_the_problem_and_keeps_the_rest()
    {
        // Si at 1.5 keV: λ = 8.27 Å > 2 d(111) = 6.27 Å — no reflection diffracts (docs/physics.md §4).
        var r = Pipeline.Compute(new Plan { Crystal = CrystalSource.BuiltIn("Si"), EnergyKeV = 1.5, Lens = null });
        Assert.NotNull(r.Absorption.Value);
        Assert.NotNull(r.Reflections.Problem);
        Assert.Equal("plan.energyKeV", r.Reflections.Problem!.Field);
        Assert.Contains("needs E ≥", r.Reflections.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(PreflightStatus.Problem, r.PreflightOf("reachability").Status);
    }

    [Fact]
    public void A_chosen_reflection_is_kept_when_unusable_with_the_reason()
    {
        var r = Pipeline.Compute(Plan.Example with { Hkl = new Hkl(0, 0, 1) });
        Assert.Equal(new Hkl(0, 0, 1), r.Selection.Value!.Hkl);
        Assert.False(r.Selection.Value.Usable);
        Assert.Contains("absent", r.Selection.Value.Reason, StringComparison.Ordinal);
        Assert.Equal(PreflightStatus.Problem, r.PreflightOf("reachability").Status);
    }

    // Issue 12: azimuthDeg is used where the plane is free and said to be unused where the beam rule fixes it; three found
    // reflections are fitted (three identical ones cannot fix the rotation: a stated problem).
    [Fact]
    public void Azimuth_and_many_found_reflections_are_taken_and_what_cannot_be_used_is_said()
    {
        var fixedPlane = Pipeline.Compute(Plan.Example with { AzimuthDeg = 10 }).Orientation.Value!;
        Assert.False(fixedPlane.Result.AzimuthFree);
        Assert.Contains("azimuthDeg = 10° is not used", fixedPlane.BeamRuleText, StringComparison.Ordinal);
        var symmetric = Plan.Example with
        {
            Hkl = new Hkl(3, 0, 0),
            Up = Core.Orientation.LatticeVector.Direction(0, 0, 1),
            Front = Core.Orientation.LatticeVector.Plane(1, 0, 0),
            AzimuthDeg = 25,
        };
        var free = Pipeline.Compute(symmetric).Orientation.Value!;
        Assert.True(free.Result.AzimuthFree);
        Assert.Contains("free to turn about Q", free.BeamRuleText, StringComparison.Ordinal);
        var angles = new ValueMap<double>([new("mu", 5.58), new("omega", 0), new("chi", 0), new("phi", 0)]);
        var three = new MountCheckPlan(new(Enumerable.Range(0, 3).Select(_ => new FoundReflectionPlan(new Hkl(1, -1, 2), angles))));
        var m = Pipeline.Compute(Plan.Example with { MountCheck = three }).MountCheck!;
        Assert.Equal("plan.mountCheck.found[1]", m.Problem!.Field);
        Assert.Contains("all (anti)parallel", m.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_suggestion_applied_changes_the_status_of_its_check()
    {
        var thick = Plan.Example with { SampleUm = new SampleSizeUm(5000, 5000, 5000) };
        AssertSuggestionChanges(thick, "absorption");

        var outside = Plan.Example with { Up = null, Front = null, Hkl = new Hkl(6, 0, 0) }; // 2θ ≈ 58.7° at 17 keV, beyond the 45° window
        AssertSuggestionChanges(outside, "reachability");

        var planned = Pipeline.Compute(Plan.Example).Orientation.Value!.Result.Solutions.Solutions[0];
        var found = new ValueMap<double>(planned.AnglesDeg.Select(kv => new KeyValuePair<string, double>(kv.Key, kv.Key == "chi" ? kv.Value + 1.5 : kv.Value)));
        var turned = Plan.Example with { MountCheck = new MountCheckPlan(new([new FoundReflectionPlan(new Hkl(1, -1, 2), found)])) };
        var check = Pipeline.Compute(turned).PreflightOf("mount");
        Assert.Equal(PreflightStatus.Problem, check.Status);
        Assert.Contains("1.500°", check.Message, StringComparison.Ordinal);
        AssertSuggestionChanges(turned, "mount");
    }

    private static void AssertSuggestionChanges(Plan plan, string name)
    {
        var before = Pipeline.Compute(plan).PreflightOf(name);
        Assert.NotEqual(PreflightStatus.Ok, before.Status);
        Assert.NotNull(before.SuggestionJson);
        var after = Pipeline.Compute(PlanJson.ApplyMergePatch(plan, before.SuggestionJson!)).PreflightOf(name);
        Assert.NotEqual(before.Status, after.Status);
    }

    [Fact]
    public void A_broken_cif_is_a_crystal_problem_with_its_line()
    {
        var r = Pipeline.Compute(new Plan { Crystal = CrystalSource.FromCif("data_x\n_cell_length_a 5.4x3\n") });
        Assert.Equal(2, r.Crystal.Problem!.Line);
        Assert.StartsWith("plan.crystal", r.Crystal.Problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void The_crystal_cache_is_bounded_and_keyed_by_content()
    {
        var cache = new CrystalCache(maxEntries: 2);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "LiNbO3_aniso_test.cif"));
        var a = cache.Read(CrystalSource.FromCif(text, "a.cif"));
        var b = cache.Read(CrystalSource.FromCif(new string(text.AsSpan()), "b.cif"));
        Assert.Same(a.Crystal, b.Crystal);
        cache.Read(CrystalSource.BuiltIn("Si"));
        cache.Read(CrystalSource.BuiltIn("Al"));
        Assert.Equal(2, cache.Count);
        Assert.NotSame(a.Crystal, cache.Read(CrystalSource.FromCif(text)).Crystal);
    }
}
