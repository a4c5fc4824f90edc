using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The orientation stage: how to mount and turn the sample for the selected reflection (docs/physics.md §6, §7),
/// with transmissions from the plan's table and kind.</summary>
/// <param name="Result">2θ, beams in the sample frame, every goniometer solution, beam paths and transmissions.</param>
/// <param name="Profile">The goniometer profile with the plan's limits.</param>
/// <param name="Sample">The sample box used for the beam paths.</param>
/// <param name="AttenuationLengthUm">Attenuation length used for the transmissions, or null (then see the note).</param>
/// <param name="AttenuationNote">Why there is no transmission, else null.</param>
/// <param name="UpIsQ">Up was left empty (= Q of the reflection).</param>
/// <param name="FrontIsDefault">Front was left empty (the frame-independent default).</param>
/// <param name="ChosenIndex">The solution in use: the plan's <c>solution</c>, else the default (least motion inside the limits).</param>
/// <param name="ChosenByUser">Whether <paramref name="ChosenIndex"/> is the plan's own choice.</param>
/// <param name="BeamRuleText">How the plane of the beams was chosen, in words that say what it does.</param>
/// <param name="TableShort">"Elam, total" (the table behind the transmissions).</param>
/// <param name="Inputs">The Core inputs the result was computed from (the mount check recomputes the plan with them).</param>
/// <param name="SolutionNote">Why the plan's <c>solution</c> was not used (no such solution), else null.</param>
public sealed record PlannedOrientation(OrientationResult Result, GoniometerProfile Profile, SampleBoxUm Sample, double? AttenuationLengthUm,
    string? AttenuationNote, bool UpIsQ, bool FrontIsDefault, int? ChosenIndex, bool ChosenByUser, string BeamRuleText, string TableShort,
    OrientationInputs Inputs, string? SolutionNote)
{
    /// <summary>The solution in use, if any.</summary>
    public GoniometerSolution? Chosen => ChosenIndex is int i && i < Result.Solutions.Solutions.Count ? Result.Solutions.Solutions[i] : null;
}
