using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Web.Services;

/// <summary>Inputs of the Absorption section.</summary>
/// <param name="Table">Mass-attenuation table (default Elam, as the upstream tool).</param>
/// <param name="WarnBelowPercent">Transmission (%) below which the verdict warns (default 1 %).</param>
public sealed record AbsorptionSettings(AttenuationTable Table, double WarnBelowPercent)
{
    /// <summary>Elam tables, warn below 1 % (issue 5).</summary>
    public static AbsorptionSettings Default { get; } = new(AttenuationTable.Elam, 1.0);
}

public sealed partial class PlannerState
{
    /// <summary>Absorption-section inputs.</summary>
    public AbsorptionSettings Absorption { get; private set; } = AbsorptionSettings.Default;

    /// <summary>Replaces the absorption inputs; throws <see cref="InputException"/> (state unchanged) unless the warning
    /// threshold lies strictly between 0 and 100 %.</summary>
    public void SetAbsorption(AbsorptionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!double.IsFinite(settings.WarnBelowPercent) || settings.WarnBelowPercent <= 0 || settings.WarnBelowPercent >= 100)
        {
            throw new InputException("warnBelowPercent",
                $"The warning threshold must lie strictly between 0 and 100 %; got {InputProblem.Show(settings.WarnBelowPercent)}.");
        }
        if (!Enum.IsDefined(settings.Table))
        {
            throw new InputException("table", "Choose the Elam or the Chantler table.");
        }
        Absorption = settings;
        NotifyChanged();
    }
}
