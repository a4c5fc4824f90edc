using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning.Json;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The outcome of one stage of the plan pipeline: its value, or the problem that stopped it (message and plan field
/// path), or pending (a later phase computes it). Later stages that need it state the problem too, so the rest still shows.</summary>
/// <typeparam name="T">The stage's value.</typeparam>
public sealed record StageResult<T> where T : class
{
    private StageResult(T? value, InputProblem? problem, bool pending) => (Value, Problem, IsPending) = (value, problem, pending);

    /// <summary>The value, when the stage ran.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value, when the stage could not run.</summary>
    public InputProblem? Problem { get; }

    /// <summary>Not computed yet (the reflection table and what waits for it are computed after the cheap numbers).</summary>
    public bool IsPending { get; }

    /// <summary>A stage that ran.</summary>
    public static StageResult<T> Ok(T value) => new(value, null, false);

    /// <summary>A stage that could not run.</summary>
    public static StageResult<T> Failed(InputProblem problem) => new(null, problem, false);

    /// <summary>A stage left for the second phase.</summary>
    public static StageResult<T> Pending { get; } = new(null, null, true);

    /// <summary>Runs <paramref name="compute"/>; a Core refusal becomes this stage's problem with its field as a plan path
    /// (unknown Core fields are reported under <paramref name="fallbackField"/>).</summary>
    public static StageResult<T> Run(Func<T> compute, string fallbackField)
    {
        ArgumentNullException.ThrowIfNull(compute);
        try
        {
            return Ok(compute());
        }
        catch (InputException ex)
        {
            return Failed(PlanFields.Prefixed(ex.Problem, fallbackField));
        }
    }

    /// <summary>This stage's failure carried by a later stage that needed it (same message and field).</summary>
    public StageResult<TOther> Carry<TOther>() where TOther : class =>
        IsPending ? StageResult<TOther>.Pending : StageResult<TOther>.Failed(Problem!);
}

/// <summary>Maps the field names of Core's refusals to plan field paths (e.g. <c>composition</c> → <c>plan.crystal</c>).</summary>
public static class PlanFields
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["composition"] = "crystal",
        ["cellVolumeA3"] = "crystal",
        ["formFactors"] = "f0",
        ["model"] = "lensModel",
        ["thicknessUm"] = "sampleUm.thickness",
        ["etaDeg"] = "azimuthDeg",
        ["toleranceDeg"] = "mountCheck.toleranceDeg",
    };

    /// <summary>The problem with its field as a plan path (<c>plan.…</c>).</summary>
    public static InputProblem Prefixed(InputProblem p, string fallbackField)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Field.StartsWith("plan", StringComparison.Ordinal))
        {
            return p;
        }
        var field = Renamed.GetValueOrDefault(p.Field, p.Field);
        var root = field.Split('.', '[')[0];
        var known = PlanFieldNames.All.Contains(root) || root == "found";
        field = root == "found" ? "mountCheck." + field : field;
        return p with { Field = JsonFields.Join("plan", known ? field : fallbackField) };
    }
}
