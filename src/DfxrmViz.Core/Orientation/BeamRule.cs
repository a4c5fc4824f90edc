namespace DfxrmViz.Core.Orientation;

/// <summary>How the beam-exit direction e, and with it the plane of k0 and kh about Q, is chosen (plan field
/// <c>beamRule</c>; the wave-vector construction of W. R. Busing &amp; H. A. Levy, Acta Cryst. 22, 457 (1967), as laid out
/// in docs/physics.md "Wave vectors").</summary>
public enum BeamRule
{
    /// <summary><c>exitSurface</c> (default): e = the exit-surface normal ẑ_S; the beams leave through the exit surface
    /// (DF-XRM_vis's "minimise beam path" box, which minimises nothing).</summary>
    ExitSurface,

    /// <summary><c>shortestPath</c>: the azimuth about Q with the shortest L_in + L_out from the sample centre.</summary>
    ShortestPath,

    /// <summary><c>direction</c>: the plan's <c>beamExit</c> vector (its part ⟂ Q).</summary>
    Direction,
}
