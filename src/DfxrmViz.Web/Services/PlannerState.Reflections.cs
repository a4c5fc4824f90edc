using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Web.Services;

/// <summary>Reflection-table inputs: the instrument profile sets the default 2θ window, which the user may edit.</summary>
public sealed record ReflectionSettings(string InstrumentId, double TwoThetaMinDeg, double TwoThetaMaxDeg, bool Anomalous, FormFactorTable FormFactors)
{
    public static ReflectionSettings For(InstrumentProfile p) =>
        new(p.Id, p.TwoThetaMinDeg.Value, p.TwoThetaMaxDeg.Value, true, FormFactorTable.It92);

    public static ReflectionSettings Default { get; } = For(InstrumentProfiles.Get("esrf-dfxm"));

    public ScatteringOptions Options => new(FormFactors, Anomalous);
}

public sealed partial class PlannerState
{
    /// <summary>Reflection-table inputs.</summary>
    public ReflectionSettings Reflections { get; private set; } = ReflectionSettings.Default;

    /// <summary>Whether the selected reflection was chosen by the default rule (strongest in the window) rather than by the user.</summary>
    public bool SelectionIsDefault { get; private set; }

    /// <summary>Replaces the reflection inputs; throws <see cref="InputException"/> for an empty or inverted 2θ window.</summary>
    public void SetReflections(ReflectionSettings settings)
    {
        BraggWindow.Validate(settings.TwoThetaMinDeg, settings.TwoThetaMaxDeg);
        Reflections = settings;
        NotifyChanged();
    }

    /// <summary>Selects the default reflection (the strongest in the window) and remembers that it was the default.</summary>
    public void SelectDefaultReflection((int H, int K, int L)? hkl)
    {
        SelectedHkl = hkl;
        SelectionIsDefault = hkl is not null;
        NotifyChanged();
    }
}
