using System.Text.Json.Serialization;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>Lens box: a built-in id (<c>id06</c>) or the text of a .lens file (docs/api.md, POST /api/v1/lens).</summary>
public sealed record LensSourceDto(string? Builtin, string? Text);

/// <summary>POST /api/v1/lens request. Exactly one of <c>dTotMm</c> and <c>dTotPrimeMm</c>.</summary>
public sealed record LensRequestDto(
    LensSourceDto? Lens,
    double? EnergyKeV,
    double? TwoThetaDeg,
    double? DTotMm,
    double? DTotPrimeMm,
    string? Model,
    double? ApertureRadiusUm,
    double? WebThicknessUm);

/// <summary>x, y in mm in the scattering plane (x along the incident beam, y up), origin at the sample.</summary>
public sealed record PointMmDto(double X, double Y);

/// <summary>POST /api/v1/lens response (docs/api.md field names; extra fields are additions).</summary>
public sealed record LensResponseDto(
    double DeltaLens,
    double BetaLens,
    double FocalLengthPerLensletMm,
    double FocalLengthMm,
    double D1Mm,
    [property: JsonPropertyName("dLMm")] double DLMm,
    double D2Mm,
    double DTotMm,
    double DTotPrimeMm,
    double Magnification,
    PointMmDto MountPointMm,
    double? Transmission,
    double? EffectiveApertureRmsUm,
    string Model,
    IReadOnlyList<double> LensletPositionsMm,
    IReadOnlyList<string> UnusedKeys,
    IReadOnlyList<string> Warnings);
