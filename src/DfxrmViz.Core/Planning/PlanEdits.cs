using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning;

/// <summary>Edits of a plan that carry their consequences: inputs that only mean something for one crystal, reflection or
/// goniometer are cleared when that changes (indices of another crystal, angles of another stack would mislead).</summary>
public static class PlanEdits
{
    /// <summary>Another crystal: its reflection, mount vectors, solution and found reflections are cleared.</summary>
    public static Plan WithCrystal(Plan plan, CrystalSource crystal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            Crystal = crystal,
            Hkl = null,
            Up = null,
            Front = null,
            BeamExit = null,
            Solution = null,
            MountCheck = null,
            BeamRule = plan.BeamRule == Orientation.BeamRule.Direction ? Orientation.BeamRule.ExitSurface : plan.BeamRule
        };
    }

    /// <summary>Another reflection (null = the default): the solution picked for the old one is cleared.</summary>
    public static Plan WithHkl(Plan plan, Hkl? hkl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Hkl == hkl ? plan : plan with { Hkl = hkl, Solution = null };
    }

    /// <summary>Another goniometer: its own limits and fixed axis, no picked solution, no found angles of the old stack.</summary>
    public static Plan WithGoniometer(Plan plan, string goniometer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Goniometer == goniometer ? plan
            : plan with { Goniometer = goniometer, LimitsDeg = ValueMap<AxisRangeDeg>.Empty, FixedAxis = null, Solution = null, MountCheck = null };
    }

    /// <summary>Another instrument: its own 2θ window.</summary>
    public static Plan WithInstrument(Plan plan, string instrument)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with { Instrument = instrument, TwoThetaMinDeg = null, TwoThetaMaxDeg = null };
    }
}
