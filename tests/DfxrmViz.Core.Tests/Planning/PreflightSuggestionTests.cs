using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Each pre-flight suggestion, applied through the pipeline as the page applies it (an RFC 7386 merge patch of the plan),
/// turns its check to ok; the numbers in the messages are checked against independent references.</summary>
public class PreflightSuggestionTests(ITestOutputHelper output)
{
    private static readonly PlanPipeline Pipeline = new();

    // docs/physics.md §9 and tests/DfxrmViz.Core.Tests/Golden/attenuation.json (xraydb 4.4.7, tools/xraydb/golden_attenuation.py):
    // LiNbO3 Elam total attenuation length, µm.
    private const double LengthAt17KeVUm = 174.581, LengthAt30KeVUm = 127.97, LengthAt40KeVUm = 277.70;

    private static double PathUm(PlanResults r) => r.Orientation.Value!.Result.BeamPathUm is { } p ? p.Incident + p.Diffracted : double.NaN;

    private PreflightCheck Check(Plan plan, string name)
    {
        var c = Pipeline.Compute(plan).PreflightOf(name);
        output.WriteLine($"{name}: {c.Status} — {c.Message} — {c.SuggestionJson} | {c.AlternativeJson}");
        return c;
    }

    private void AssertPatchClears(Plan plan, string name, string? patch)
    {
        Assert.NotNull(patch);
        Assert.Equal(PreflightStatus.Ok, Check(PlanJson.ApplyMergePatch(plan, patch), name).Status);
    }

    [Fact]
    public void The_example_passes_along_its_real_beam_path_and_says_so()
    {
        var r = Pipeline.Compute(Plan.Example);
        var c = r.PreflightOf("absorption");
        var path = PathUm(r);
        Assert.Equal(PreflightStatus.Ok, c.Status);
        Assert.Contains("path in this geometry", c.Message, StringComparison.Ordinal);
        // The path of the asymmetric example mount is longer than the 150 µm slab: the transmission is exp(−path/L), not exp(−t/L).
        Assert.True(path > 150, $"path {path} µm");
        Assert.Contains(NumberText.Percent(Math.Exp(-path / LengthAt17KeVUm)), c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thick_sample_is_a_problem_and_both_the_thickness_and_the_energy_suggested_clear_it()
    {
        var thick = Plan.Example with { SampleUm = new SampleSizeUm(5000, 5000, 5000) };
        var c = Check(thick, "absorption");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        Assert.Contains("thin the sample to ≤", c.Message, StringComparison.Ordinal);
        AssertPatchClears(thick, "absorption", c.SuggestionJson);
        var thinned = PlanJson.ApplyMergePatch(thick, c.SuggestionJson!);
        var r = Pipeline.Compute(thinned);
        // Independently (golden L at 17 keV): the thinned path passes 1 %, and one more unit of the second digit would not.
        Assert.True(Math.Exp(-PathUm(r) / LengthAt17KeVUm) >= 0.01);
        var t = thinned.SampleUm.Thickness;
        var step = Math.Pow(10, Math.Floor(Math.Log10(t)) - 1);
        var thicker = Pipeline.Compute(thinned with { SampleUm = thinned.SampleUm with { Thickness = t + step } });
        Assert.True(Math.Exp(-PathUm(thicker) / LengthAt17KeVUm) < 0.01, $"{t + step} µm also passes");
    }

    [Fact]
    public void The_energy_suggestion_skips_the_Nb_K_edge_instead_of_stopping_just_above_it()
    {
        // A path of about 1200 µm needs L ≥ 1200/ln(100) = 261 µm: below the Nb K edge (18.986 keV) L stays under 233 µm, just above
        // it L falls to 40 µm, and only between 30 keV (L = 128 µm) and 40 keV (L = 278 µm) does it pass again. A formula scaling L
        // with E³ from 17 keV would answer ≈ 19.4 keV, just above the edge, where nearly nothing gets through.
        var plan = Plan.Example with { SampleUm = new SampleSizeUm(5000, 5000, 1195) };
        var c = Check(plan, "absorption");
        var path = PathUm(Pipeline.Compute(plan));
        Assert.InRange(path, 1150, 1250);
        Assert.NotNull(c.AlternativeJson);
        var moved = PlanJson.ApplyMergePatch(plan, c.AlternativeJson!);
        Assert.InRange(moved.EnergyKeV, 30.0001, 40);
        Assert.True(Math.Exp(-path / LengthAt30KeVUm) < 0.01);
        Assert.True(Math.Exp(-PathUm(Pipeline.Compute(moved)) / LengthAt40KeVUm) >= 0.01);
        Assert.Contains($"go to ≥ {NumberText.KeV(moved.EnergyKeV)} keV", c.Message, StringComparison.Ordinal);
        AssertPatchClears(plan, "absorption", c.AlternativeJson);
        // Nearest: 0.1 keV lower does not pass along the path at that energy.
        var lower = Pipeline.Compute(moved with { EnergyKeV = moved.EnergyKeV - 0.1 });
        Assert.NotEqual(PreflightStatus.Ok, lower.PreflightOf("absorption").Status);
    }

    [Fact]
    public void An_unreachable_reflection_gets_a_strong_reachable_one_with_its_two_theta_and_it_clears_the_check()
    {
        var outside = Plan.Example with { Up = null, Front = null, Hkl = new Hkl(6, 0, 0) }; // 2θ ≈ 58.7° at 17 keV, beyond the 45° window
        var c = Check(outside, "reachability");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        AssertPatchClears(outside, "reachability", c.SuggestionJson);
        var proposed = PlanJson.ApplyMergePatch(outside, c.SuggestionJson!);
        var r = Pipeline.Compute(proposed);
        Assert.Contains($"at 2θ = {NumberText.Fixed(r.Bragg.Value!.TwoThetaDeg, "0.0")}°", c.Message, StringComparison.Ordinal);
        // Strong: at least half the |F|² of the strongest listed reflection (with up = Q each listed one is reachable: μ = θ, the rest 0).
        var table = r.Reflections.Value!;
        Assert.True(table.Find(proposed.Hkl!.Value)!.F2 >= 0.5 * table.Rows.Where(x => !x.Absent).Max(x => x.F2));
    }

    [Fact]
    public void With_the_examples_fixed_up_an_out_of_window_reflection_gets_one_reachable_with_that_mount()
    {
        var outside = Plan.Example with { Hkl = new Hkl(6, 0, 0) };
        var c = Check(outside, "reachability");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        AssertPatchClears(outside, "reachability", c.SuggestionJson);
        var example = Check(Plan.Example, "reachability");
        AssertPatchClears(Plan.Example, "reachability", example.SuggestionJson);
    }

    [Fact]
    public void Motor_limits_that_block_the_reflection_get_a_reflection_reachable_with_the_same_mount()
    {
        var blocked = Plan.Example with { LimitsDeg = new ValueMap<AxisRangeDeg>([new("chi", new AxisRangeDeg(-1, 1))]) };
        var c = Check(blocked, "reachability");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        AssertPatchClears(blocked, "reachability", c.SuggestionJson);
    }

    [Fact]
    public void Without_found_reflections_the_mount_is_not_checked_yet_and_says_what_to_enter()
    {
        var c = Check(Plan.Example, "mount");
        Assert.Equal(PreflightStatus.Unchecked, c.Status);
        Assert.StartsWith("Not checked yet: after finding a first reflection", c.Message, StringComparison.Ordinal);
        Assert.Null(c.SuggestionJson);
    }

    [Fact]
    public void One_found_reflection_off_by_chi_is_a_problem_with_degrees_and_axis_and_the_found_mount_leaves_only_the_free_turn()
    {
        var planned = Pipeline.Compute(Plan.Example).Orientation.Value!.Result.Solutions.Solutions[0];
        var found = new ValueMap<double>(planned.AnglesDeg.Select(kv => new KeyValuePair<string, double>(kv.Key, kv.Key == "chi" ? kv.Value + 2 : kv.Value)));
        var turned = Plan.Example with { MountCheck = new MountCheckPlan(new([new FoundReflectionPlan(new Hkl(1, -1, 2), found)])) };
        var c = Check(turned, "mount");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        Assert.Contains("about the sample axis", c.Message, StringComparison.Ordinal);
        Assert.Contains("(assumed (0 0 1))", c.Message, StringComparison.Ordinal);
        var taken = Check(PlanJson.ApplyMergePatch(turned, c.SuggestionJson!), "mount");
        Assert.Equal(PreflightStatus.Warning, taken.Status); // one reflection: the rotation about its Q stays free
    }

    [Fact]
    public void Two_found_reflections_of_a_wafer_turned_90_degrees_about_up_give_90_degrees_about_x_and_the_found_mount_is_ok()
    {
        // The true mount: the same wafer with its exit surface (1 −1 0) instead of (−1 −1 0). In the hexagonal cell
        // g(1 1 0)·g(1 −1 0) = |a*|² − |b*|² = 0, so the true mount is the assumed one turned by exactly 90° about up (x_S).
        var truth = Plan.Example with { Front = Core.Orientation.LatticeVector.Plane(1, -1, 0) };
        FoundReflectionPlan Found(Hkl h) => new(h, new ValueMap<double>(Pipeline.Compute(truth with { Hkl = h }).Orientation.Value!.Result.Solutions.Solutions[0].AnglesDeg));
        var plan = Plan.Example with { MountCheck = new MountCheckPlan(new([Found(new Hkl(1, -1, 2)), Found(new Hkl(1, 0, 4))])) };
        var c = Check(plan, "mount");
        Assert.Equal(PreflightStatus.Problem, c.Status);
        Assert.Contains("turned by 90.000°", c.Message, StringComparison.Ordinal);
        Assert.Contains("0.0° from x_S (up)", c.Message.Replace("−x_S", "x_S", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("up is [0 0 1] (assumed (0 0 1)) and out of the exit surface [1 −1 0] (assumed (−1 −1 0))", c.Message, StringComparison.Ordinal);
        AssertPatchClears(plan, "mount", c.SuggestionJson);
    }
}
