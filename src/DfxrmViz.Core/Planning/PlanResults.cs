using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Planning;

/// <summary>Everything the page and <c>POST /api/v1/plan</c> show for one plan, computed by <see cref="PlanPipeline"/>: one
/// result per stage, each its value or a stated problem, so one impossibility never hides the rest.</summary>
/// <param name="Plan">The plan these results are for.</param>
/// <param name="IsComplete">False after the first (cheap) phase: pending stages follow.</param>
/// <param name="Crystal">The crystal read from the plan's source.</param>
/// <param name="Absorption">µ, L, T at the plan's energy and thickness, with the verdict.</param>
/// <param name="AttenuationCurve">Attenuation length over the plot range (rebuilt only when the crystal, table or kind change).</param>
/// <param name="Reflections">The reflection table in the 2θ window.</param>
/// <param name="Selection">The reflection in use (the plan's, or the default).</param>
/// <param name="Bragg">2θ and d of the selected reflection.</param>
/// <param name="Orientation">Mount, beams, goniometer solutions, paths, transmissions.</param>
/// <param name="Reachability">Reachability of every listed reflection with the plan's mount.</param>
/// <param name="MountCheck">The mount check, when found reflections are given (else null).</param>
/// <param name="Lens">The objective lens, when the plan has one (else null).</param>
/// <param name="LensCurve">d1 and |M| against energy, when the plan has a lens.</param>
/// <param name="Preflight">The three checks: absorption, reachability, mount.</param>
/// <param name="Scene">The 3D scene of sample, cell, beams, lens and goniometer (docs/api.md "The 3D scene"), built from the
/// results above and the plan's view options (never its camera).</param>
public sealed record PlanResults(
    Plan Plan,
    bool IsComplete,
    StageResult<LoadedCrystal> Crystal,
    StageResult<AbsorptionResult> Absorption,
    StageResult<AttenuationCurve> AttenuationCurve,
    StageResult<ReflectionTable> Reflections,
    StageResult<SelectionResult> Selection,
    StageResult<BraggResult> Bragg,
    StageResult<PlannedOrientation> Orientation,
    StageResult<ReachabilityTable> Reachability,
    StageResult<MountCheckResult>? MountCheck,
    StageResult<LensOutcome>? Lens,
    StageResult<LensCurve>? LensCurve,
    IReadOnlyList<PreflightCheck> Preflight,
    StageResult<SceneModel> Scene)
{
    /// <summary>The pre-flight check named <paramref name="check"/>.</summary>
    public PreflightCheck PreflightOf(string check) => Preflight.First(p => p.Check == check);
}
