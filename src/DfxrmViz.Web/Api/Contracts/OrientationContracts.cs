using System.Text.Json.Serialization;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>A crystal vector: a plane normal <c>{ "hkl": [h, k, l] }</c> or a lattice direction <c>{ "uvw": [u, v, w] }</c>
/// (non-integer indices allowed).</summary>
public sealed record LatticeVectorDto(double[]? Hkl, double[]? Uvw);

/// <summary>Sample box in µm (docs/api.md <c>sampleUm</c>): height along sample x (up), width along y, thickness along z.</summary>
public sealed record SampleUmDto(double? Height, double? Width, double? Thickness);

/// <summary>Motor held fixed on a 4-motor stack (addition): its ASCII name and value in degrees (null = θ of the reflection).</summary>
public sealed record FixedAxisDto(string? Axis, double? ValueDeg);

/// <summary>POST /api/v1/orientation request (docs/api.md field names; the plan's <c>beamRule</c>, <c>azimuthDeg</c>,
/// <c>limitsDeg</c> (<c>{"axis": [min, max]}</c>), <c>fixedAxis</c>, <c>table</c>, <c>kind</c> and <c>solution</c> with the plan's
/// defaults; the older <c>minimiseBeamPath</c> and <c>optimiseBeamPath</c> still read).</summary>
public sealed record OrientationRequestDto(
    CrystalSourceDto? Crystal,
    double? EnergyKeV,
    double[]? Hkl,
    LatticeVectorDto? Up,
    LatticeVectorDto? Front,
    LatticeVectorDto? BeamExit,
    string? BeamRule,
    double? AzimuthDeg,
    bool? MinimiseBeamPath,
    bool? OptimiseBeamPath,
    string? Goniometer,
    SampleUmDto? SampleUm,
    FixedAxisDto? FixedAxis,
    IReadOnlyDictionary<string, double[]>? LimitsDeg,
    string? Table,
    string? Kind,
    int? Solution);

/// <summary>One goniometer solution: angles keyed by ASCII axis name in stack order (base → top).</summary>
/// <param name="Angles">Degrees, wrapped to (−180°, 180°].</param>
/// <param name="WithinLimits">Every angle inside its axis limits.</param>
/// <param name="Residual">Largest violation of the Bragg conditions (rad, docs/physics.md §7).</param>
/// <param name="MotionDeg">√Σ angle², the distance from all-zero used for the default choice (addition).</param>
public sealed record SolutionDto(IReadOnlyDictionary<string, double> Angles, bool WithinLimits, double Residual, double MotionDeg);

/// <summary>Incident and diffracted path lengths inside the sample box, to and from its centre, µm.</summary>
public sealed record BeamPathDto(double Incident, double Diffracted);

/// <summary>Why no solution is inside the limits: the blocking axis and by how much.</summary>
public sealed record BlockedDto(string Axis, double ExcessDeg, string Message);

/// <summary>A crystal vector as used: kind ("plane" → indices are (hkl), "direction" → [uvw]) and the indices.</summary>
public sealed record MountVectorDto(string Kind, double[] Indices, string Text);

/// <summary>The mount used: up and front (the default front filled in), and whether front was the default.</summary>
public sealed record MountDto(MountVectorDto Up, MountVectorDto Front, bool UpIsQ, bool FrontIsDefault);

/// <summary>Depth-averaged transmission of the slab through the thickness (Laue or Bragg case), with the direction cosines.</summary>
public sealed record SlabDto(string Geometry, double Gamma0, double GammaH, double Transmission);

/// <summary>POST /api/v1/orientation response: docs/api.md fields first, then additions (<c>azimuthFree</c>: e ∥ Q left the plane of
/// the beams free; <c>azimuthDeg</c>: the turn about Q used then, else null).</summary>
public sealed record OrientationResponseDto(
    double TwoThetaDeg,
    [property: JsonPropertyName("dA")] double DA,
    double[] QSampleInvA,
    double[] K0SampleInvA,
    double[] KhSampleInvA,
    double[] UpSample,
    double[] FrontSample,
    IReadOnlyList<SolutionDto> Solutions,
    BeamPathDto? BeamPathUm,
    double? Transmission,
    string Goniometer,
    int? ChosenIndex,
    BlockedDto? Blocked,
    FixedAxisDto? FixedAxis,
    bool ContinuousFamily,
    MountDto Mount,
    double[] BeamExitSample,
    string BeamExitRule,
    string BeamExitRuleText,
    SampleUmDto SampleUm,
    double? AttenuationLengthUm,
    string? AttenuationNote,
    SlabDto? Slab,
    string AttenuationTable,
    bool AzimuthFree,
    double? AzimuthDeg)
{
    /// <summary>The orientation stage as the contract shows it.</summary>
    public static OrientationResponseDto From(PlannedOrientation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Result;
        var s = r.Solutions;
        return new OrientationResponseDto(
            r.TwoThetaDeg, r.DA, r.QSampleInvA.ToArray(), r.K0SampleInvA.ToArray(), r.KhSampleInvA.ToArray(), r.UpSample.ToArray(),
            r.FrontSample.ToArray(),
            [.. s.Solutions.Select(x => new SolutionDto(x.AnglesDeg.ToDictionary(kv => kv.Key, kv => kv.Value), x.WithinLimits, x.Residual, x.MotionDeg))],
            r.BeamPathUm is { } p ? new BeamPathDto(p.Incident, p.Diffracted) : null,
            r.Transmission, r.Goniometer, o.ChosenIndex,
            s.Blocked is { } b ? new BlockedDto(b.AxisAsciiName, b.ExcessDeg, b.Message) : null,
            s.Fixed is { } f ? new FixedAxisDto(f.Key, f.Value) : null, s.ContinuousFamily,
            new MountDto(MountVector(r.Mount.Up), MountVector(r.Mount.Front), o.UpIsQ, o.FrontIsDefault),
            r.BeamExitSample.ToArray(), r.BeamExitRule.ToString(), o.BeamRuleText,
            new SampleUmDto(o.Sample.HeightUm, o.Sample.WidthUm, o.Sample.ThicknessUm),
            o.AttenuationLengthUm, o.AttenuationNote,
            r.Slab is { } sl ? new SlabDto(sl.Geometry.ToString(), sl.Gamma0, sl.GammaH, sl.Transmission) : null, o.TableShort,
            r.AzimuthFree, r.AzimuthFree ? r.AzimuthDeg : null);
    }

    private static MountVectorDto MountVector(LatticeVector v) =>
        new(v.Kind == LatticeVectorKind.Plane ? "plane" : "direction", v.Indices.ToArray(), v.ToString());
}

/// <summary>Travel range of one axis: the documented source, or an assumption to confirm with beamline staff.</summary>
public sealed record AxisLimitsDto(double MinDeg, double MaxDeg, string? Source, bool Assumption, string? Note);

/// <summary>One axis of a goniometer profile.</summary>
/// <param name="Order">0 = base of the stack; Γ = R_base ··· R_top maps sample → lab.</param>
/// <param name="Name">Display name (e.g. μ).</param>
/// <param name="AsciiName">Key of the angle in API answers (e.g. mu).</param>
/// <param name="Role">What the motor does.</param>
/// <param name="AxisLab">Unit rotation axis in the lab frame with all motors at zero.</param>
/// <param name="Sense">How a positive angle turns, in words.</param>
/// <param name="Limits">Travel range.</param>
public sealed record GoniometerAxisDto(int Order, string Name, string AsciiName, string Role, double[] AxisLab, string Sense, AxisLimitsDto Limits);

/// <summary>GET /api/v1/goniometers item.</summary>
public sealed record GoniometerDto(string Id, string Name, bool IsDefault, string Source, string LabFrame, string Note,
    IReadOnlyList<GoniometerAxisDto> Axes, FixedAxisDto? DefaultFixed)
{
    /// <summary>GET /api/v1/goniometers item for one profile.</summary>
    public static GoniometerDto Describe(GoniometerProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, p.Id == GoniometerProfiles.DefaultId, p.Source, p.LabFrame, p.Note,
            [.. p.Axes.Select((a, i) => new GoniometerAxisDto(i, a.Name, a.AsciiName, a.Role, a.AxisLab.ToArray(), PlanGoniometer.Sense(a.AxisLab),
                new AxisLimitsDto(a.Limits.MinDeg, a.Limits.MaxDeg, a.Limits.Source, a.Limits.Assumption, a.Limits.Note)))],
            p.DefaultFixed is { } f ? new FixedAxisDto(f.AsciiName, f.ValueDeg) : null);
    }
}
