using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Property: for random well-formed plans (<see cref="RandomPlans"/>) the pipeline never fails and no result,
/// down to the scene, holds NaN or ±∞; an impossibility is a stated problem instead.</summary>
public class PlanPipelinePropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_valid_plans_give_only_finite_results()
    {
        const int Seed = 20261204, Cases = 30; // a fixed count from a fixed seed, not a clock
        var rng = new Random(Seed);
        var pipeline = new PlanPipeline();
        int problems = 0, withLens = 0;
        for (var i = 0; i < Cases; i++)
        {
            var plan = RandomPlans.Next(rng);
            PlanResults r;
            try
            {
                r = pipeline.Compute(plan);
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {Seed} case {i}: {ex.GetType().Name} {ex.Message}\n{PlanJson.Write(plan)}");
                return;
            }
            Assert.True(r.IsComplete);
            var bad = FiniteResults.FirstNonFinite(r);
            Assert.True(bad is null, $"seed {Seed} case {i}: {bad}\n{PlanJson.Write(plan)}");
            if (r.Orientation.Problem is { } problem)
            {
                problems++;
                output.WriteLine($"case {i}: stated problem {problem.Field}: {problem.Message}");
            }
            withLens += r.Lens?.Value is null ? 0 : 1;
        }
        output.WriteLine($"seed {Seed}: {Cases} plans, {problems} with a stated orientation problem, {withLens} with a lens result");
        Assert.True(Cases - problems > Cases / 4, $"seed {Seed}: only {Cases - problems} of {Cases} plans had an orientation");
    }
}
