namespace DfxrmViz.Core.Instruments;

/// <summary>One limit of an instrument with its provenance: a cited source, or an assumption the UI must show as editable.</summary>
/// <param name="Value">The limit (unit in the owning field's name).</param>
/// <param name="Source">Beamline documentation, paper or physical law it comes from; null for a bare assumption.</param>
/// <param name="Assumption">True when the value is not backed by a source for this instrument: show it as an editable assumption.</param>
/// <param name="Note">Text to show next to an assumption (what was assumed, whom to ask).</param>
public sealed record InstrumentLimit(double Value, string? Source, bool Assumption, string? Note);

/// <summary>An instrument profile (issue 6): name, 2θ window, energy range, goniometer profile id. The profile sets the
/// default 2θ window of the reflection table; the user may edit it.</summary>
/// <param name="Id">Stable id, e.g. <c>esrf-dfxm</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="GoniometerProfileId">Goniometer profile id (docs/physics.md §7: <c>esrf-dfxm</c>, <c>generic</c>, …).</param>
/// <param name="TwoThetaMinDeg">Smallest scattering angle.</param>
/// <param name="TwoThetaMaxDeg">Largest scattering angle.</param>
/// <param name="EnergyMinKeV">Lowest photon energy.</param>
/// <param name="EnergyMaxKeV">Highest photon energy.</param>
public sealed record InstrumentProfile(
    string Id,
    string Name,
    string GoniometerProfileId,
    InstrumentLimit TwoThetaMinDeg,
    InstrumentLimit TwoThetaMaxDeg,
    InstrumentLimit EnergyMinKeV,
    InstrumentLimit EnergyMaxKeV)
{
    /// <summary>All four limits with their field names (for listing assumptions on screen).</summary>
    public IEnumerable<(string Field, InstrumentLimit Limit)> Limits =>
    [
        ("twoThetaMinDeg", TwoThetaMinDeg), ("twoThetaMaxDeg", TwoThetaMaxDeg),
        ("energyMinKeV", EnergyMinKeV), ("energyMaxKeV", EnergyMaxKeV),
    ];

    /// <summary>Whether any limit is an assumption.</summary>
    public bool HasAssumptions => Limits.Any(l => l.Limit.Assumption);
}
