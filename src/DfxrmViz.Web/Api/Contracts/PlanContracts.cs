using System.Text.Json;
using System.Text.Json.Serialization;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>POST /api/v1/plan request: <c>{ "plan": { … } }</c> (docs/api.md "The plan"; the schema is the plan JSON).</summary>
public sealed record PlanRequestDto(JsonElement Plan);

/// <summary>A part of the results that could not be computed: what stopped it and which plan field it concerns.</summary>
public sealed record ProblemPartDto(string Problem, string Field, bool PhysicallyImpossible)
{
    public static ProblemPartDto From(InputProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Located, p.Field, p.PhysicallyImpossible);
    }
}

/// <summary>The plan's attenuation at its energy and thickness (docs/api.md; numbers as POST /api/v1/attenuation).</summary>
public sealed record PlanAttenuationDto(string Table, string Kind, string TableName, double EnergyKeV, double ThicknessUm, double AttenuationLengthUm,
    double Transmission, double MuPerCm, double DensityGcm3, double WarnBelowPercent, string Verdict, IReadOnlyList<string> Advice, IReadOnlyList<string> EdgeNotes);

/// <summary>One row of the plan's reflection table: as POST /api/v1/reflections, plus reachability with the plan's mount.</summary>
public sealed record PlanReflectionDto(int[] Hkl, [property: JsonPropertyName("dA")] double DA, double TwoThetaDeg, double F2, double RelativeIntensityPercent, int Multiplicity,
    int[][] Equivalents, bool Absent, bool Reachable, string Reason, string? AbsentBy);

/// <summary>The mount check (docs/api.md <c>mountCheck</c>): misorientation in degrees and what actually points up and out; from two
/// or more reflections also its axis in crystal and lab terms, its 1σ uncertainty, each reflection's residual and the flagged one.</summary>
public sealed record MountCheckDto(double MisorientationDeg, double[] MisorientationAxisSample, bool RotationAboutQFree, double? InterReflectionAngleErrorDeg,
    double[] UpPlane, double[] UpDirection, double[] FrontPlane, double[] FrontDirection, IReadOnlyList<SolutionDto>? PlannedSolutions,
    int? PlannedChosenIndex, double[] MisorientationAxisCrystalPlane, double[] MisorientationAxisCrystalDirection, double[]? MisorientationAxisLab,
    double? MisorientationUncertaintyDeg, double? RmsResidualDeg, IReadOnlyList<FoundResidualDto>? Residuals, int? FlaggedIndex);

/// <summary>One found reflection's residual (index into <c>mountCheck.found</c>; degrees; leave-one-out null when the others do not fix U).</summary>
public sealed record FoundResidualDto(int Index, double ResidualDeg, double? LeaveOneOutDeg, bool Flagged);

/// <summary>One pre-flight check; <c>suggestion</c> is an RFC 7386 merge patch of the plan, or null.</summary>
public sealed record PreflightDto(string Check, string Status, string Message, JsonElement? Suggestion);

/// <summary>POST /api/v1/plan response: docs/api.md fields first, then additions (problems of parts that could not run).</summary>
public sealed record PlanResponseDto(
    JsonElement Plan,
    CrystalResponseDto Crystal,
    object Attenuation,
    IReadOnlyList<PlanReflectionDto> Reflections,
    int[]? SelectedHkl,
    bool SelectedIsDefault,
    object Orientation,
    object? Lens,
    object? MountCheck,
    IReadOnlyList<PreflightDto> Preflight,
    ProblemPartDto? ReflectionsProblem,
    string? SelectedReason,
    ReflectionsResponseDto? ReflectionTable)
{
    /// <summary>The contract view of a complete set of results (the crystal must have been read).</summary>
    public static PlanResponseDto From(PlanResults r)
    {
        ArgumentNullException.ThrowIfNull(r);
        using var plan = JsonDocument.Parse(PlanJson.WriteUtf8(r.Plan));
        var table = r.Reflections.Value;
        var reach = r.Reachability.Value;
        var rows = table is null ? [] : table.Rows.Select(x => new PlanReflectionDto(x.Hkl.ToArray(), x.DA, x.TwoThetaDeg, x.F2, x.RelativeIntensityPercent,
            x.Multiplicity, [.. x.Equivalents.Select(e => e.ToArray())], x.Absent, reach?.IsReachable(x.Hkl) ?? false,
            reach?.Text(x.Hkl) ?? r.Reachability.Problem?.Message ?? "—", x.AbsentBy)).ToList();
        return new PlanResponseDto(
            plan.RootElement.Clone(), CrystalResponseDto.From(r.Crystal.Value!), Part(r.Absorption, AttenuationOf), rows,
            r.Selection.Value?.Hkl?.ToArray(), r.Selection.Value?.IsDefault ?? false,
            Part(r.Orientation, OrientationResponseDto.From),
            r.Lens is null ? null : Part(r.Lens, LensResponseDto.From),
            r.MountCheck is null ? null : Part(r.MountCheck, MountCheckOf),
            [.. r.Preflight.Select(p => new PreflightDto(p.Check, p.Status.ToString().ToLowerInvariant(), p.Message,
                p.SuggestionJson is null ? null : Detached(p.SuggestionJson)))],
            r.Reflections.Problem is { } rp ? ProblemPartDto.From(rp) : null,
            r.Selection.Value?.Reason ?? r.Selection.Problem?.Message,
            table is null ? null : ReflectionsResponseDto.From(table) with { Reflections = [] });
    }

    // A JsonElement that outlives its document: Clone, then return the document's pooled buffers (JsonDocument is IDisposable).
    private static JsonElement Detached(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static object Part<T>(StageResult<T> stage, Func<T, object> map) where T : class =>
        stage.Value is { } v ? map(v) : ProblemPartDto.From(stage.Problem ?? new InputProblem("plan", "Not computed."));

    private static PlanAttenuationDto AttenuationOf(AbsorptionResult a) => new(a.Table == AttenuationTable.Elam ? "elam" : "chantler",
        a.Kind == AttenuationKind.Total ? "total" : "photo", a.TableName, a.EnergyKeV, a.ThicknessUm, a.AttenuationLengthUm, a.Transmission, a.MuPerCm,
        a.DensityGcm3, a.WarnBelow * 100, a.Verdict.Headline, a.Verdict.Advice, a.Verdict.EdgeNotes);

    private static MountCheckDto MountCheckOf(MountCheckResult m) => new(m.MisorientationDeg, m.MisorientationAxisSample.ToArray(), m.RotationAboutQFree,
        m.InterReflectionAngleErrorDeg, m.Up.Plane.ToArray(), m.Up.Direction.ToArray(), m.Front.Plane.ToArray(), m.Front.Direction.ToArray(),
        m.Planned?.Solutions.Solutions.Select(x => new SolutionDto(x.AnglesDeg.ToDictionary(kv => kv.Key, kv => kv.Value), x.WithinLimits, x.Residual,
            x.MotionDeg)).ToList(), m.Planned?.Solutions.ChosenIndex, m.MisorientationAxisCrystal.Plane.ToArray(),
        m.MisorientationAxisCrystal.Direction.ToArray(), m.MisorientationAxisLab?.ToArray(), m.Fit?.UncertaintyDeg, m.Fit?.RmsResidualDeg,
        m.Fit?.Residuals.Select(x => new FoundResidualDto(x.Index, x.ResidualDeg, x.LeaveOneOutDeg, x.Index == m.Fit.FlaggedIndex)).ToList(), m.Fit?.FlaggedIndex);
}
