using System.Text.Json.Serialization;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>POST /api/v1/reflections request (docs/api.md). <c>f0</c> (also <c>formFactors</c>): "it92" (default) or "wk"
/// (Waasmaier–Kirfel); the window defaults to the <c>instrument</c>'s (esrf-dfxm: 0–45°).</summary>
public sealed record ReflectionsRequestDto(
    CrystalSourceDto? Crystal,
    double? EnergyKeV,
    double? TwoThetaMaxDeg,
    double? TwoThetaMinDeg,
    string? Instrument,
    bool? Anomalous,
    bool? IncludeAbsent,
    string? F0,
    string? FormFactors);

/// <summary>One class of equivalent reflections (docs/api.md field names); <c>absentBy</c> names the symmetry operation that
/// makes an absent one absent (null otherwise).</summary>
public sealed record ReflectionDto(
    int[] Hkl,
    [property: JsonPropertyName("dA")] double DA,
    double TwoThetaDeg,
    double F2,
    double RelativeIntensityPercent,
    int Multiplicity,
    int[][] Equivalents,
    bool Absent,
    string? AbsentBy)
{
    /// <summary>One row as the contract shows it.</summary>
    public static ReflectionDto From(Reflection r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Hkl.ToArray(), r.DA, r.TwoThetaDeg, r.F2, r.RelativeIntensityPercent, r.Multiplicity, [.. r.Equivalents.Select(e => e.ToArray())], r.Absent, r.AbsentBy);
    }
}

/// <summary>POST /api/v1/reflections response; <c>defaultHkl</c> is the strongest reflection in the window (the page's default);
/// <c>windowNote</c> says why <c>twoThetaMaxDeg</c> is below the one asked for (the end of the f0 table), else null.</summary>
public sealed record ReflectionsResponseDto(
    double WavelengthA,
    double EnergyKeV,
    double TwoThetaMinDeg,
    double TwoThetaMaxDeg,
    string FormFactors,
    bool Anomalous,
    int[]? DefaultHkl,
    IReadOnlyList<ReflectionDto> Reflections,
    string? WindowNote)
{
    /// <summary>The contract's name of the f0 table: "wk" or "it92".</summary>
    public static string FormFactorsName(ScatteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FormFactors == FormFactorTable.WaasmaierKirfel ? "wk" : "it92";
    }

    /// <summary>The reflection stage as the contract shows it.</summary>
    public static ReflectionsResponseDto From(ReflectionTable t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.WavelengthA, t.EnergyKeV, t.TwoThetaMinDeg, t.TwoThetaMaxDeg,
            FormFactorsName(t.Options), t.Options.Anomalous, t.DefaultReflection?.Hkl.ToArray(),
            [.. t.Rows.Select(ReflectionDto.From)], t.WindowNote);
    }
}
