using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning.Json;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>The strict plan JSON reader under generated and mutated plans: only InputException escapes, each naming its
/// field path (and line for broken JSON), and every plan read is finite and normalises to a fixed point.</summary>
public class PlanJsonFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_plans_are_read_or_refused_naming_the_field()
    {
        var seed = FuzzBudget.Seed(20261202);
        var cases = FuzzBudget.Cases(10_000);
        var rng = new Random(seed);
        var outcome = new PlanFuzzOutcome(seed);
        for (var i = 0; i < cases; i++)
        {
            var input = PlanFuzzInputs.Next(rng);
            outcome.Check(i, input, input, () => PlanJson.Read(input));
        }
        // Both outcomes must be common, or the fuzz explores only one side of the reader.
        output.WriteLine($"seed {seed}: {cases} inputs, {outcome.Accepted} read, {outcome.Refused} refused with InputException");
        Assert.True(outcome.Accepted > cases / 20 && outcome.Refused > cases / 4,
            $"seed {seed}: {outcome.Accepted} read, {outcome.Refused} refused of {cases}");
    }

    [Theory]
    [InlineData("""{"crystal": {"builtin": "Si"}, "instrument": "\ud800"}""", "plan.instrument")]
    [InlineData("""{"crystal": {"builtin": "Si"}, "tw\udc00oThetaMinDeg": 1}""", "plan")]
    [InlineData("""{"crystal": {"builtin": "Si", "fileName": "a\ud83d"}}""", "plan.crystal.fileName")]
    public void A_half_surrogate_escape_is_refused_naming_its_field(string json, string field)
    {
        // Found by the fuzz above: System.Text.Json threw InvalidOperationException reading such a string.
        var ex = Assert.Throws<InputException>(() => PlanJson.Read(json));
        Assert.Equal(field, ex.Problem.Field);
        Assert.Contains("unpaired UTF-16 surrogate", ex.Problem.Message, StringComparison.Ordinal);
    }
}
