using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Web.Services;

/// <summary>The inputs of one browser session (one Blazor circuit). Setters validate through Core and keep the last good
/// value when the new one is refused, so a typo never loses what the user had.</summary>
public sealed partial class PlannerState
{
    /// <summary>The crystal in use, or null before one is chosen.</summary>
    public LoadedCrystal? Crystal { get; private set; }

    /// <summary>The reflection that drives the geometry and lens sections, or null.</summary>
    public (int H, int K, int L)? SelectedHkl { get; private set; }

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

    /// <summary>Objective-lens inputs.</summary>
    public LensSettings Lens { get; private set; } = LensSettings.Default;

    /// <summary>2θ in degrees of the selected reflection at the current energy (Bragg's law), or null when none is selected
    /// or it cannot diffract at this energy.</summary>
    public double? TwoThetaDeg
    {
        get
        {
            if (Crystal is null || SelectedHkl is not { } h)
            {
                return null;
            }
            try
            {
                return 2 * BraggGeometry.ThetaRad(Crystal.Crystal.Cell, new Vec3(h.H, h.K, h.L), EnergyKeV) * 180 / Math.PI;
            }
            catch (InputException)
            {
                return null;
            }
        }
    }

    /// <summary>Raised after any accepted change.</summary>
    public event Action? Changed;

    /// <summary>For the feature parts of this class (PlannerState.*.cs): raise <see cref="Changed"/>.</summary>
    private void NotifyChanged() => Changed?.Invoke();

    /// <summary>Sets the energy; throws <see cref="InputException"/> (state unchanged) when it is not a positive number.</summary>
    public void SetEnergyKeV(double energyKeV)
    {
        _ = Photon.WavelengthA(energyKeV);
        EnergyKeV = energyKeV;
        NotifyChanged();
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
        NotifyChanged();
    }

    /// <summary>Replaces the lens inputs after checking that the lens file reads (throws <see cref="InputException"/>, state unchanged).</summary>
    public void SetLens(LensSettings lens)
    {
        _ = lens.ReadFile();
        if (!double.IsFinite(lens.DistanceMm) || lens.DistanceMm <= 0)
        {
            throw new InputException(lens.DistanceIsProjected ? "dTotPrimeMm" : "dTotMm", "The sample–detector distance must be a positive number of mm.");
        }
        Lens = lens;
        NotifyChanged();
    }

    /// <summary>Loads a built-in crystal (throws <see cref="InputException"/> for an unknown id; state unchanged).</summary>
    public void LoadBuiltin(string id) => SetCrystal(LoadedCrystal.Of(CrystalLibrary.Load(id), new CrystalSource(id, null, null, null)));

    /// <summary>Reads an uploaded CIF. Returns the block names when the user must pick one (nothing loaded then); throws
    /// <see cref="InputException"/> with line and tag for a broken file, keeping the crystal already loaded.</summary>
    public IReadOnlyList<string> LoadCif(string fileName, string text, string? blockName = null)
    {
        if (blockName is not null)
        {
            SetCrystal(LoadedCrystal.Of(CrystalCifReader.ReadBlock(text, blockName), new CrystalSource(null, fileName, text, blockName)));
            return [];
        }
        var read = CrystalCifReader.Read(text);
        if (read.Crystal is null)
        {
            return read.BlockNames;
        }
        SetCrystal(LoadedCrystal.Of(read.Crystal, new CrystalSource(null, fileName, text, null)));
        return [];
    }

    /// <summary>Selects the reflection that drives geometry and lens (null clears it).</summary>
    public void SelectReflection((int H, int K, int L)? hkl)
    {
        SelectedHkl = hkl;
        SelectionIsDefault = false;
        NotifyChanged();
    }

    private void SetCrystal(LoadedCrystal crystal)
    {
        Crystal = crystal;
        SelectedHkl = null;
        NotifyChanged();
    }

    private static string Label(string field) => field switch
    {
        "heightUm" => "height",
        "widthUm" => "width",
        _ => "thickness",
    };
}
