using DfxrmViz.Core.Instruments;

namespace DfxrmViz.Core.Planning;

/// <summary>The 2θ window a plan uses: its own bounds where given, else its instrument profile's (docs/physics.md §4).</summary>
/// <param name="MinDeg">Lower end, degrees.</param>
/// <param name="MaxDeg">Upper end, degrees.</param>
public sealed record PlanWindow(double MinDeg, double MaxDeg)
{
    /// <summary>The window of <paramref name="plan"/>; throws <see cref="Diagnostics.InputException"/> for an unknown instrument.</summary>
    public static PlanWindow Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var instrument = InstrumentProfiles.Get(plan.Instrument);
        return new PlanWindow(plan.TwoThetaMinDeg ?? instrument.TwoThetaMinDeg.Value, plan.TwoThetaMaxDeg ?? instrument.TwoThetaMaxDeg.Value);
    }
}
