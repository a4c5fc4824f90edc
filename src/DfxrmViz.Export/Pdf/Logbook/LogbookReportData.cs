using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Everything the logbook page prints, as plain numbers and strings (mapped from a plan's results by the caller).
/// <see cref="LogbookReportLayout.Build"/> turns it into a <see cref="ReportModel"/>.</summary>
/// <param name="Title">Document title, e.g. "DFXM plan: LiNbO3 (0 0 6) at 17 keV".</param>
/// <param name="CreatedUtc">When it was made (printed, and the PDF's dates).</param>
/// <param name="AppVersion">Application version.</param>
/// <param name="ReopenUrl">Address that reopens the plan (QR code, footer); null when the plan has none.</param>
/// <param name="Preflight">The pre-flight verdicts, in page order (absorption, reachability, mount).</param>
/// <param name="Warnings">Every warning the page shows, as sentences.</param>
/// <param name="PlanInputs">Every input of the plan as label–value text, in page order.</param>
/// <param name="Crystal">The crystal summary.</param>
/// <param name="Absorption">Attenuation at the plan's energy and thickness, and the two curves.</param>
/// <param name="Geometry">The selected reflection's orientation and every goniometer solution.</param>
/// <param name="Reflections">The reflection table with the selected row.</param>
/// <param name="Lens">Lens numbers, or null when no lens is set or there is no 2θ.</param>
/// <param name="SceneViews">The 3D view projected orthographically (e.g. along the beam and from the side), drawn in order.</param>
public sealed record LogbookReportData(
    string Title,
    DateTimeOffset CreatedUtc,
    string AppVersion,
    string? ReopenUrl,
    IReadOnlyList<PreflightLine> Preflight,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<KeyValuePair<string, string>> PlanInputs,
    CrystalNumbers Crystal,
    AbsorptionNumbers Absorption,
    GeometryNumbers? Geometry,
    ReflectionNumbers Reflections,
    LensNumbers? Lens,
    IReadOnlyList<VectorFigureBlock> SceneViews);

/// <summary>One pre-flight check: its name, status word (<c>ok</c>, <c>warning</c>, <c>problem</c>, <c>unchecked</c>: docs/api.md
/// <c>preflight[].status</c>) and message.</summary>
public sealed record PreflightLine(string Check, string Status, string Message);

/// <summary>The crystal summary (docs/api.md POST /api/v1/crystal).</summary>
public sealed record CrystalNumbers(string Name, string FormulaSum, string SpaceGroup, int? SpaceGroupNumber, string CrystalSystem,
    string PointGroup, bool Centrosymmetric, int Z, double AA, double BA, double CA, double AlphaDeg, double BetaDeg, double GammaDeg,
    double VolumeA3, double DensityGcm3, string AtomsPerCell, string Source);

/// <summary>An absorption edge inside the attenuation plot.</summary>
public sealed record EdgeMark(string Name, double EnergyKeV);

/// <summary>Attenuation at the plan's energy and sample thickness, and the plotted curves.</summary>
/// <param name="EnergyKeV">Plan energy.</param>
/// <param name="ThicknessUm">Sample thickness.</param>
/// <param name="AttenuationLengthUm">1/µ at the energy.</param>
/// <param name="Transmission">exp(−t/L) through the thickness, 0–1.</param>
/// <param name="WarnBelowPercent">Warning threshold of the transmission, percent.</param>
/// <param name="Table">Cross-section table and kind, e.g. "Elam (XrayDB 4.4.7), total".</param>
/// <param name="Curve">Attenuation length (µm) against energy (keV).</param>
/// <param name="Edges">Edges inside the curve's range.</param>
/// <param name="TransmissionCurve">Transmission (0–1) against thickness (µm) at the energy.</param>
public sealed record AbsorptionNumbers(double EnergyKeV, double ThicknessUm, double AttenuationLengthUm, double Transmission,
    double WarnBelowPercent, string Table, IReadOnlyList<PlotPoint> Curve, IReadOnlyList<EdgeMark> Edges,
    IReadOnlyList<PlotPoint> TransmissionCurve);

/// <summary>One row of the reflection table.</summary>
public sealed record ReflectionLine(int H, int K, int L, double DA, double TwoThetaDeg, double F2, double RelativePercent,
    int Multiplicity, string Reachable);

/// <summary>The reflection table at the plan's energy and 2θ window.</summary>
/// <param name="Rows">Rows in table order.</param>
/// <param name="SelectedIndex">Row of the selected reflection, or null when it is not in the table.</param>
/// <param name="SelectedIsDefault">The app chose it (strongest |F|²), not the user.</param>
/// <param name="WavelengthA">λ at the plan's energy.</param>
/// <param name="TwoThetaMinDeg">Window start.</param>
/// <param name="TwoThetaMaxDeg">Window end.</param>
/// <param name="Method">How |F|² was computed, e.g. "f0 IT92, f′ + if″ Chantler (XrayDB 4.4.7), anisotropic DWF".</param>
public sealed record ReflectionNumbers(IReadOnlyList<ReflectionLine> Rows, int? SelectedIndex, bool SelectedIsDefault,
    double WavelengthA, double TwoThetaMinDeg, double TwoThetaMaxDeg, string Method);

/// <summary>One goniometer solution: an angle per axis (profile order), whether all are inside the limits, residual, motion.</summary>
public sealed record SolutionLine(IReadOnlyList<double> AnglesDeg, bool WithinLimits, IReadOnlyList<string> AxesOutside,
    double Residual, double MotionDeg);

/// <summary>The selected reflection's geometry and every goniometer solution.</summary>
/// <param name="H">Selected reflection h.</param>
/// <param name="K">k.</param>
/// <param name="L">l.</param>
/// <param name="TwoThetaDeg">2θ.</param>
/// <param name="DA">d.</param>
/// <param name="Goniometer">Profile name.</param>
/// <param name="AxisNames">Column names per axis, e.g. "μ (mu)", in profile order.</param>
/// <param name="FixedAxis">Which axis is held and at what value, as a sentence; null for three-axis stacks.</param>
/// <param name="Solutions">Every solution, in the page's order.</param>
/// <param name="ChosenIndex">The solution used, or null when none is.</param>
/// <param name="ChosenByUser">The user picked it (else it is the default: least motion inside the limits).</param>
/// <param name="Blocked">Why no solution lies inside the limits, or null.</param>
/// <param name="Extra">Further label–value lines (beam path, transmission along the path, mount).</param>
public sealed record GeometryNumbers(int H, int K, int L, double TwoThetaDeg, double DA, string Goniometer,
    IReadOnlyList<string> AxisNames, string? FixedAxis, IReadOnlyList<SolutionLine> Solutions, int? ChosenIndex, bool ChosenByUser,
    string? Blocked, IReadOnlyList<KeyValuePair<string, string>> Extra);

/// <summary>Lens numbers (docs/api.md POST /api/v1/lens) and what the optics figure needs.</summary>
public sealed record LensNumbers(string LensName, string Model, double TwoThetaDeg, double D1Mm, double DLMm, double D2Mm,
    double DTotMm, double DTotPrimeMm, double Magnification, double FocalLengthMm, double FocalLengthPerLensletMm, double DeltaLens,
    double BetaLens, double MountXMm, double MountYMm, double? Transmission, double? EffectiveApertureRmsUm,
    double? NumericalApertureRms, IReadOnlyList<double> LensletPositionsMm);
