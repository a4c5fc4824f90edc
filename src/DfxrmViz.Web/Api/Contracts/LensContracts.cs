using System.Text.Json.Serialization;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>Lens box: a built-in id (<c>id06</c>) or the text of a .lens file (docs/api.md, POST /api/v1/lens).</summary>
public sealed record LensSourceDto(string? Builtin, string? Text, string? FileName = null);

/// <summary>POST /api/v1/lens request. Exactly one of <c>dTotMm</c> and <c>dTotPrimeMm</c>.</summary>
public sealed record LensRequestDto(
    LensSourceDto? Lens,
    double? EnergyKeV,
    double? TwoThetaDeg,
    double? DTotMm,
    double? DTotPrimeMm,
    string? LensModel,
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
    IReadOnlyList<string> Warnings)
{
    /// <summary>The lens stage as the contract shows it. Without the physical aperture R0 (not in .lens files) the only defined
    /// transmission is on-axis, which is not the lens transmission a user needs: it is left out rather than shown as 100 %.</summary>
    public static LensResponseDto From(LensOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Result;
        return new(r.DeltaLens, r.BetaLens, r.FocalLengthPerLensletMm, r.FocalLengthMm, r.D1Mm, r.DLMm, r.D2Mm, r.DTotMm, r.DTotPrimeMm,
            r.Magnification, new PointMmDto(r.MountPointMm.X, r.MountPointMm.Y), o.ApertureGiven ? r.Transmission : null,
            r.EffectiveApertureRmsUm, r.Model == Core.Optics.LensModel.Thin ? "thin" : "thick", r.LensletPositionsMm,
            [.. r.UnusedKeys.Select(n => $"line {n.Line}: {n.Key} — {n.Message}")], [.. r.Warnings.Select(n => $"line {n.Line}: {n.Message}")]);
    }
}
