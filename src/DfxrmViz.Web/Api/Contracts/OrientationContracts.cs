using System.Text.Json.Serialization;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>A crystal vector: a plane normal <c>{ "hkl": [h, k, l] }</c> or a lattice direction <c>{ "uvw": [u, v, w] }</c>
/// (non-integer indices allowed).</summary>
public sealed record LatticeVectorDto(double[]? Hkl, double[]? Uvw);

/// <summary>Sample box in µm (docs/api.md <c>sampleUm</c>): height along sample x (up), width along y, thickness along z.</summary>
public sealed record SampleUmDto(double? Height, double? Width, double? Thickness);

/// <summary>Motor held fixed on a 4-motor stack (addition): its ASCII name and value in degrees (null = θ of the reflection).</summary>
public sealed record FixedAxisDto(string? Axis, double? ValueDeg);

/// <summary>A user limit for one axis (addition), replacing the profile's range; marked as an assumption in the response.</summary>
public sealed record LimitDto(double? MinDeg, double? MaxDeg);

/// <summary>POST /api/v1/orientation request (docs/api.md field names; <c>optimiseBeamPath</c>, <c>fixedAxis</c> and
/// <c>limitsDeg</c> are additions).</summary>
public sealed record OrientationRequestDto(
    CrystalSourceDto? Crystal,
    double? EnergyKeV,
    double[]? Hkl,
    LatticeVectorDto? Up,
    LatticeVectorDto? Front,
    LatticeVectorDto? BeamExit,
    bool? MinimiseBeamPath,
    bool? OptimiseBeamPath,
    string? Goniometer,
    SampleUmDto? SampleUm,
    FixedAxisDto? FixedAxis,
    IReadOnlyDictionary<string, LimitDto>? LimitsDeg);

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

/// <summary>POST /api/v1/orientation response: docs/api.md fields first, then additions.</summary>
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
    SlabDto? Slab);

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
    IReadOnlyList<GoniometerAxisDto> Axes, FixedAxisDto? DefaultFixed);
