using System.Text.Json;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>What a plan reader may do with any input: give a plan whose normalised JSON is finite and a fixed point, or
/// refuse it with an <see cref="InputException"/> naming the field path under <c>plan</c> (and the line for broken JSON
/// text). Anything else fails the test with the seed, the case and the input.</summary>
public sealed class PlanFuzzOutcome(int seed)
{
    /// <summary>Inputs read into a plan.</summary>
    public int Accepted { get; private set; }

    /// <summary>Inputs refused with an <see cref="InputException"/>.</summary>
    public int Refused { get; private set; }

    /// <summary>Runs <paramref name="read"/> on one input and checks its outcome; <paramref name="jsonText"/> is the plan JSON
    /// the reader sees (null when unknown), used to demand a line number for a syntax error.</summary>
    public void Check(int index, string input, string? jsonText, Func<Plan> read)
    {
        string Where() => $"seed {seed} case {index}; input ({input.Length} chars):\n{Clip(input)}";
        Plan plan;
        try
        {
            plan = read();
        }
        catch (InputException ex)
        {
            Refused++;
            var field = ex.Problem.Field;
            Assert.True(field == "plan" || field.StartsWith("plan.", StringComparison.Ordinal) || field.StartsWith("plan[", StringComparison.Ordinal),
                $"field '{field}' is not a plan path ({ex.Message}); {Where()}");
            Assert.False(string.IsNullOrWhiteSpace(ex.Problem.Message), Where());
            if (jsonText is not null && !IsJson(jsonText))
            {
                Assert.True(ex.Problem.Line is > 0 && field == "plan", $"a JSON syntax error without its line ({ex.Message}); {Where()}");
            }
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.GetType().Name} escaped: {ex.Message}; {Where()}");
            return;
        }
        Accepted++;
        // The writer refuses NaN and ±∞ (Utf8JsonWriter), so writing proves every number of the plan finite.
        string written;
        try
        {
            written = PlanJson.Write(plan);
        }
        catch (ArgumentException ex)
        {
            Assert.Fail($"the plan read holds a value JSON cannot write ({ex.Message}); {Where()}");
            return;
        }
        Assert.True(written == PlanJson.Write(PlanJson.Read(written)), $"normalised plan is not a fixed point; {Where()}");
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text, PlanJson.DocumentOptions);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Clip(string s) => s.Length <= 4000 ? s : s[..4000] + "…";
}
