namespace DfxrmViz.Core.Optics;

/// <summary>What to compute for a lens box (docs/api.md POST /api/v1/lens).</summary>
/// <param name="EnergyKeV">Photon energy in keV.</param>
/// <param name="TwoThetaDeg">Scattering angle 2θ in degrees (the lens axis is the diffracted beam).</param>
/// <param name="DTotMm">Sample–detector distance along the diffracted beam, or null when <paramref name="DTotPrimeMm"/> is given.</param>
/// <param name="DTotPrimeMm">Its projection on the incident beam, d_tot′ = d_tot cos 2θ.</param>
/// <param name="Model">Thick (every lenslet, default) or thin.</param>
/// <param name="ApertureRadiusUm">Physical aperture radius R0 of the lenslets in µm (optional; not in .lens files).</param>
/// <param name="WebThicknessUm">Web thickness t_web of one lenslet in µm (optional, default 0).</param>
public sealed record LensRequest(double EnergyKeV, double TwoThetaDeg, double? DTotMm, double? DTotPrimeMm,
    LensModel Model = LensModel.Thick, double? ApertureRadiusUm = null, double? WebThicknessUm = null);

/// <summary>Result of a lens calculation: docs/api.md's lens fields plus what the optics figure and notes need.</summary>
/// <param name="DeltaLens">δ of lens_series_0's material.</param>
/// <param name="BetaLens">β (photoabsorption, f″) of lens_series_0's material.</param>
/// <param name="FocalLengthPerLensletMm">R/(2δ) of a lens_series_0 lenslet.</param>
/// <param name="FocalLengthMm">Effective focal length of the whole box, −1/m21 (for the chosen model).</param>
/// <param name="D1Mm">Sample to first lens centre, along the diffracted beam.</param>
/// <param name="DLMm">First to last lens centre.</param>
/// <param name="D2Mm">Last lens centre to detector.</param>
/// <param name="DTotMm">d1 + dL + d2.</param>
/// <param name="Magnification">Signed lateral magnification (negative = inverted).</param>
/// <param name="MountPointMm">Mount point, origin at the sample, x along the incident beam, y up.</param>
/// <param name="Transmission">Mean transmission over R0 if given, else on-axis (web only); null without attenuation data.</param>
/// <param name="Model">The model used.</param>
/// <param name="TwoThetaDeg">2θ of the request.</param>
/// <param name="DTotPrimeMm">d_tot cos 2θ.</param>
/// <param name="EffectiveApertureRmsUm">rms radius σ_a of the Gaussian absorption aperture, null without attenuation data.</param>
/// <param name="NumericalApertureRms">σ_a / d1, null without attenuation data.</param>
/// <param name="LensletPositionsMm">Lenslet centres from the first lens, along the diffracted beam.</param>
/// <param name="Roots">Both roots of the imaging condition.</param>
/// <param name="PrintedMountPoint">Mount-point coordinates the file's print flags ask for.</param>
/// <param name="UnusedKeys">Keys of the .lens file that were not used.</param>
/// <param name="Warnings">Notes on the file (e.g. missing separator).</param>
public sealed record LensResult(
    double DeltaLens,
    double BetaLens,
    double FocalLengthPerLensletMm,
    double FocalLengthMm,
    double D1Mm,
    double DLMm,
    double D2Mm,
    double DTotMm,
    double Magnification,
    PlanePointMm MountPointMm,
    double? Transmission,
    LensModel Model,
    double TwoThetaDeg,
    double DTotPrimeMm,
    double? EffectiveApertureRmsUm,
    double? NumericalApertureRms,
    IReadOnlyList<double> LensletPositionsMm,
    IReadOnlyList<ImagingRoot> Roots,
    IReadOnlyList<PrintedCoordinate> PrintedMountPoint,
    IReadOnlyList<LensFileNote> UnusedKeys,
    IReadOnlyList<LensFileNote> Warnings)
{
    /// <summary>Primed distances, projected on the incident beam (× cos 2θ).</summary>
    public double CosTwoTheta => Math.Cos(TwoThetaDeg * Math.PI / 180);
}
