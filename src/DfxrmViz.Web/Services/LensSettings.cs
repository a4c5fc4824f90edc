using DfxrmViz.Core.Optics;

namespace DfxrmViz.Web.Services;

/// <summary>The objective-lens inputs of a plan (immutable). The lens box is a built-in id or an uploaded .lens text.</summary>
/// <param name="BuiltinId">Built-in lens box id (e.g. <c>id06</c>), or null when <paramref name="UploadedText"/> is used.</param>
/// <param name="UploadedName">File name of an uploaded box, for display only.</param>
/// <param name="UploadedText">Text of an uploaded .lens file.</param>
/// <param name="DistanceIsProjected">True: <paramref name="DistanceMm"/> is d_tot′ (projection on the incident beam); false: d_tot.</param>
/// <param name="DistanceMm">Sample–detector distance in mm (DF-XRM_vis default: d_tot′ = 5000 mm).</param>
/// <param name="Model">Thick (every lenslet and gap) or thin.</param>
/// <param name="ApertureRadiusUm">Physical aperture radius R0 in µm (not in .lens files; optional assumption).</param>
/// <param name="WebThicknessUm">Web thickness of one lenslet in µm (not in .lens files; optional assumption).</param>
public sealed record LensSettings(string? BuiltinId, string? UploadedName, string? UploadedText, bool DistanceIsProjected,
    double DistanceMm, LensModel Model, double? ApertureRadiusUm, double? WebThicknessUm)
{
    public static LensSettings Default { get; } = new("id06", null, null, true, 5000, LensModel.Thick, null, null);

    /// <summary>The parsed lens file (throws <see cref="Core.Diagnostics.InputException"/> for a broken upload).</summary>
    public LensFile ReadFile() => UploadedText is { } text ? LensFileReader.Read(text) : LensFileReader.ReadBuiltin(BuiltinId ?? "id06");

    /// <summary>Core request at an energy and 2θ.</summary>
    public LensRequest RequestAt(double energyKeV, double twoThetaDeg) => new(energyKeV, twoThetaDeg,
        DistanceIsProjected ? null : DistanceMm, DistanceIsProjected ? DistanceMm : null, Model, ApertureRadiusUm, WebThicknessUm);
}
