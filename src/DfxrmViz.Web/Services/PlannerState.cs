using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Web.Services;

/// <summary>The inputs of one browser session (one Blazor circuit). Setters validate through Core and keep the last good
/// value when the new one is refused, so a typo never loses what the user had.</summary>
public sealed class PlannerState
{
    /// <summary>Photon energy in keV (default 17 keV, the DF-XRM_vis default).</summary>
    public double EnergyKeV { get; private set; } = 17.0;

    /// <summary>λ = hc/E in Å (CODATA 2018).</summary>
    public double WavelengthA => Photon.WavelengthA(EnergyKeV);

    /// <summary>Sample height (along sample x, 'up') in µm.</summary>
    public double HeightUm { get; private set; } = 500;

    /// <summary>Sample width (along sample y) in µm.</summary>
    public double WidthUm { get; private set; } = 500;

    /// <summary>Sample thickness (along the exit-surface normal, sample z) in µm.</summary>
    public double ThicknessUm { get; private set; } = 150;

    /// <summary>Raised after any accepted change.</summary>
    public event Action? Changed;

    /// <summary>Sets the energy; throws <see cref="InputException"/> (state unchanged) when it is not a positive number.</summary>
    public void SetEnergyKeV(double energyKeV)
    {
        _ = Photon.WavelengthA(energyKeV);
        EnergyKeV = energyKeV;
        Changed?.Invoke();
    }

    /// <summary>Sets the energy from a wavelength in Å; throws <see cref="InputException"/> (state unchanged) when invalid.</summary>
    public void SetWavelengthA(double wavelengthA) => SetEnergyKeV(Photon.EnergyKeV(wavelengthA));

    /// <summary>Sets one sample dimension; throws <see cref="InputException"/> (state unchanged) unless positive and finite.</summary>
    public void SetSampleUm(string field, double valueUm)
    {
        if (!double.IsFinite(valueUm) || valueUm <= 0)
        {
            throw new InputException(field, $"The sample {Label(field)} must be a positive number of µm; got {InputProblem.Show(valueUm)}.");
        }
        switch (field)
        {
            case "heightUm": HeightUm = valueUm; break;
            case "widthUm": WidthUm = valueUm; break;
            case "thicknessUm": ThicknessUm = valueUm; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown sample dimension.");
        }
        Changed?.Invoke();
    }

    private static string Label(string field) => field switch
    {
        "heightUm" => "height",
        "widthUm" => "width",
        _ => "thickness",
    };
}
