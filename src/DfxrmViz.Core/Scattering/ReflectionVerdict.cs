namespace DfxrmViz.Core.Scattering;

/// <summary>Why a typed reflection can or cannot be used at the current energy and 2θ window.</summary>
public enum ReflectionStatus
{
    /// <summary>Inside the window, not absent, |F|² not negligible.</summary>
    Reachable,
    /// <summary>(0 0 0): the direct beam, not a reflection.</summary>
    Origin,
    /// <summary>Systematically absent by a centring translation, screw axis or glide plane.</summary>
    SystematicallyAbsent,
    /// <summary>λ/2d &gt; 1: no angle reaches it at this energy.</summary>
    BeyondBraggLimit,
    /// <summary>2θ lies outside the instrument window.</summary>
    OutsideWindow,
    /// <summary>|F|² &lt; 1e-6 × the strongest in the window (a site extinction, e.g. diamond 222).</summary>
    NegligibleIntensity,
}

/// <summary>The verdict on one typed hkl, with the numbers behind it (null when they do not apply).</summary>
/// <param name="Hkl">The reflection asked about.</param>
/// <param name="Status">Outcome (the first failing test in the order of <see cref="ReflectionStatus"/>).</param>
/// <param name="Message">Plain-language reason, e.g. "needs E ≥ 8.25 keV", "2θ = 47.1° outside [0°, 45°]".</param>
/// <param name="DA">d in Å.</param>
/// <param name="TwoThetaDeg">2θ at the energy, when λ/2d ≤ 1.</param>
/// <param name="F2">|F|² in e² per cell, when computed.</param>
/// <param name="EnergyMinKeV">Lowest energy putting it at or below 2θmax: hc/(2d sin θmax).</param>
/// <param name="EnergyMaxKeV">Highest energy keeping it at or above 2θmin (∞ for 2θmin = 0: null).</param>
public sealed record ReflectionVerdict(
    Hkl Hkl,
    ReflectionStatus Status,
    string Message,
    double? DA = null,
    double? TwoThetaDeg = null,
    double? F2 = null,
    double? EnergyMinKeV = null,
    double? EnergyMaxKeV = null)
{
    /// <summary>Whether the reflection can be selected.</summary>
    public bool IsReachable => Status == ReflectionStatus.Reachable;
}
