using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Bragg's law for the selected reflection at the plan's energy (docs/physics.md §4): the cheap numbers that never
/// wait for the reflection table.</summary>
/// <param name="Hkl">The reflection.</param>
/// <param name="EnergyKeV">Photon energy.</param>
/// <param name="WavelengthA">λ = hc/E.</param>
/// <param name="DA">d from the metric.</param>
/// <param name="TwoThetaDeg">2θ = 2 asin(λ/2d).</param>
public sealed record BraggResult(Hkl Hkl, double EnergyKeV, double WavelengthA, double DA, double TwoThetaDeg);

/// <summary>Which reflection the plan uses: the plan's own <c>hkl</c>, or the default (the strongest |F|² in the 2θ window,
/// docs/physics.md §5) — a result, never written into the plan.</summary>
/// <param name="Hkl">The selected reflection, or null when none can be selected (empty table).</param>
/// <param name="IsDefault">Chosen by the default rule, not by the user.</param>
/// <param name="Row">Its row in the reflection table, when listed there.</param>
/// <param name="Usable">False when the user's reflection cannot be used (absent, outside the window, no Bragg angle…).</param>
/// <param name="Reason">Why it cannot be used (or the verdict's numbers when it can), when known.</param>
public sealed record SelectionResult(Hkl? Hkl, bool IsDefault, Reflection? Row, bool Usable, string? Reason);
