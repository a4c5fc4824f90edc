using System.Text.Json.Serialization;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>POST /api/v1/reflections request (docs/api.md). <c>formFactors</c>: "it92" (default) or "wk" (Waasmaier–Kirfel).</summary>
public sealed record ReflectionsRequestDto(
    CrystalSourceDto? Crystal,
    double? EnergyKeV,
    double? TwoThetaMaxDeg,
    double? TwoThetaMinDeg,
    bool? Anomalous,
    bool? IncludeAbsent,
    string? FormFactors);

/// <summary>One class of equivalent reflections (docs/api.md field names).</summary>
public sealed record ReflectionDto(
    int[] Hkl,
    [property: JsonPropertyName("dA")] double DA,
    double TwoThetaDeg,
    double F2,
    double RelativeIntensityPercent,
    int Multiplicity,
    int[][] Equivalents,
    bool Absent);

/// <summary>POST /api/v1/reflections response; <c>defaultHkl</c> is the strongest reflection in the window (the page's default).</summary>
public sealed record ReflectionsResponseDto(
    double WavelengthA,
    double EnergyKeV,
    double TwoThetaMinDeg,
    double TwoThetaMaxDeg,
    string FormFactors,
    bool Anomalous,
    int[]? DefaultHkl,
    IReadOnlyList<ReflectionDto> Reflections);
