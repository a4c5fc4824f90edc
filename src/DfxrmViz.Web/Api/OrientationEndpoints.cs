using System.Globalization;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>One orientation calculation with the attenuation length it used (for the path transmissions).</summary>
/// <param name="Result">Core result: 2θ, beams in S, every goniometer solution, beam paths, transmissions.</param>
/// <param name="Profile">The goniometer profile used (with any user limits applied).</param>
/// <param name="Sample">Sample box used for the beam paths.</param>
/// <param name="AttenuationLengthUm">XrayDB Elam total attenuation length at the energy, or null when unavailable.</param>
/// <param name="AttenuationNote">Why there is no attenuation length (then no transmission), else null.</param>
/// <param name="UpIsQ">Up was left empty (= Q of the reflection).</param>
/// <param name="FrontIsDefault">Front was left empty (the frame-independent default, docs/physics.md §6).</param>
public sealed record OrientationRun(OrientationResult Result, GoniometerProfile Profile, SampleBoxUm Sample,
    double? AttenuationLengthUm, string? AttenuationNote, bool UpIsQ, bool FrontIsDefault);

/// <summary>POST /api/v1/orientation and GET /api/v1/goniometers (docs/api.md; docs/physics.md §6, §7): the page calls
/// <see cref="Calculate"/> and <see cref="WithLimits"/> too, so the numbers on screen and in the API are the same.</summary>
public static class OrientationEndpoints
{
    /// <summary>Sample box used when a request gives none: the page's default sample (500 × 500 × 150 µm).</summary>
    public static SampleBoxUm DefaultSample { get; } = new(500, 500, 150);

    public static RouteGroupBuilder MapOrientationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/goniometers", () => GoniometerProfiles.All.Select(Describe).ToList())
            .WithName("Goniometers")
            .WithSummary("Goniometer profiles: axes base → top with rotation axis in the lab frame, sense and limits (source or assumption).");
        api.MapPost("/orientation", (OrientationRequestDto request) => Results.Ok(Compute(request)))
            .WithName("Orientation")
            .WithSummary("Sample frame, Q/k0/kh, every goniometer solution with residual and limits, beam paths and transmissions.");
        return api;
    }

    /// <summary>The API calculation: reads the request, calls <see cref="Calculate"/>, maps to the contract.</summary>
    public static OrientationResponseDto Compute(OrientationRequestDto request)
    {
        var crystal = CrystalEndpoints.Resolve(request.Crystal);
        var energy = Require.Number(request.EnergyKeV, "energyKeV");
        var hkl = Hkl(request.Hkl);
        var beamExit = Vector(request.BeamExit, "beamExit");
        var optimise = request.OptimiseBeamPath ?? false;
        if (request.MinimiseBeamPath == false && beamExit is null && !optimise)
        {
            throw new InputException("beamExit",
                "With minimiseBeamPath false, give the beam-exit direction 'beamExit' ({\"hkl\": [..]} or {\"uvw\": [..]}).");
        }
        var inputs = new OrientationInputs(Vector(request.Up, "up"), Vector(request.Front, "front"), beamExit,
            request.MinimiseBeamPath ?? true, optimise, Sample(request.SampleUm), FixedAxis: Fixed(request.FixedAxis));
        var limits = request.LimitsDeg?.ToDictionary(kv => kv.Key,
            kv => (Require.Number(kv.Value?.MinDeg, $"limitsDeg.{kv.Key}.minDeg"), Require.Number(kv.Value?.MaxDeg, $"limitsDeg.{kv.Key}.maxDeg")));
        var profile = WithLimits(GoniometerProfiles.Get(request.Goniometer), limits);
        var summary = crystal.Summarise();
        return ToDto(Calculate(crystal.Cell, summary.AtomsPerCellByElement, summary.VolumeA3, hkl, energy, inputs, profile));
    }

    /// <summary>The calculation the page and the API share: attenuation length (XrayDB Elam, total; docs/physics.md §3) of the
    /// crystal at the energy, then <see cref="OrientationCalculator.Compute"/> with the sample box (default if none).</summary>
    public static OrientationRun Calculate(UnitCell cell, IReadOnlyDictionary<string, double> atomsPerCell, double volumeA3,
        (int H, int K, int L) hkl, double energyKeV, OrientationInputs inputs, GoniometerProfile profile)
    {
        var sample = inputs.Sample ?? DefaultSample;
        double? attenuation = null;
        string? note = null;
        try
        {
            attenuation = Attenuation.LengthUm(AbsorbingMaterial.Create(atomsPerCell, volumeA3), energyKeV);
        }
        catch (InputException ex)
        {
            note = $"No transmission: {ex.Problem.Message}";
        }
        var result = OrientationCalculator.Compute(cell, hkl, energyKeV, inputs with { Sample = sample, AttenuationLengthUm = attenuation }, profile);
        return new OrientationRun(result, profile, sample, attenuation, note, inputs.Up is null, inputs.Front is null);
    }

    /// <summary>The profile with user limits for some axes (degrees; each marked as an assumption "set by the user").</summary>
    /// <exception cref="InputException">unknown axis, non-finite or min &gt; max (field limitsDeg.&lt;axis&gt;).</exception>
    public static GoniometerProfile WithLimits(GoniometerProfile profile, IReadOnlyDictionary<string, (double MinDeg, double MaxDeg)>? limits)
    {
        if (limits is null || limits.Count == 0)
        {
            return profile;
        }
        foreach (var (axis, (min, max)) in limits)
        {
            if (profile.IndexOf(axis) < 0)
            {
                throw new InputException($"limitsDeg.{axis}",
                    $"Goniometer '{profile.Id}' has no axis '{axis}'; its axes are {string.Join(", ", profile.Axes.Select(a => a.AsciiName))}.");
            }
            if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
            {
                throw new InputException($"limitsDeg.{axis}",
                    $"The {axis} limits must be finite degrees with min ≤ max; got [{InputProblem.Show(min)}, {InputProblem.Show(max)}].");
            }
        }
        var axes = profile.Axes.Select(a => limits.FirstOrDefault(kv => string.Equals(kv.Key, a.AsciiName, StringComparison.OrdinalIgnoreCase)) is
        { Key: not null } kv
            ? a with { Limits = new AxisLimits(kv.Value.MinDeg, kv.Value.MaxDeg, null, true, "Set by the user.") }
            : a).ToList();
        return profile with { Axes = axes };
    }

    /// <summary>Maps a calculation to the API contract.</summary>
    public static OrientationResponseDto ToDto(OrientationRun run)
    {
        var r = run.Result;
        var s = r.Solutions;
        return new OrientationResponseDto(
            r.TwoThetaDeg, r.DA, r.QSampleInvA.ToArray(), r.K0SampleInvA.ToArray(), r.KhSampleInvA.ToArray(), r.UpSample.ToArray(),
            r.FrontSample.ToArray(),
            [.. s.Solutions.Select(x => new SolutionDto(x.AnglesDeg.ToDictionary(kv => kv.Key, kv => kv.Value), x.WithinLimits, x.Residual, x.MotionDeg))],
            r.BeamPathUm is { } p ? new BeamPathDto(p.Incident, p.Diffracted) : null,
            r.Transmission, r.Goniometer, s.ChosenIndex,
            s.Blocked is { } b ? new BlockedDto(b.AxisAsciiName, b.ExcessDeg, b.Message) : null,
            s.Fixed is { } f ? new FixedAxisDto(f.Key, f.Value) : null, s.ContinuousFamily,
            new MountDto(MountVector(r.Mount.Up), MountVector(r.Mount.Front), run.UpIsQ, run.FrontIsDefault),
            r.BeamExitSample.ToArray(), r.BeamExitRule.ToString(), BeamExitRuleText(r),
            new SampleUmDto(run.Sample.HeightUm, run.Sample.WidthUm, run.Sample.ThicknessUm),
            run.AttenuationLengthUm, run.AttenuationNote,
            r.Slab is { } sl ? new SlabDto(sl.Geometry.ToString(), sl.Gamma0, sl.GammaH, sl.Transmission) : null);
    }

    /// <summary>How the beam-exit direction was chosen, in words that say what the option really does (docs/physics.md §6).</summary>
    public static string BeamExitRuleText(OrientationResult r) => r.BeamExitRule switch
    {
        BeamExitRule.Given => "The beams lie in the plane of Q and the beam-exit direction you gave, leaving towards it.",
        BeamExitRule.ShortestPath => "The azimuth of the beams about Q is the one with the shortest total path L_in + L_out from the sample centre.",
        _ => "The beams lie in the plane of Q and the exit-surface normal and leave through the exit surface (the old tool's “minimise beam path”; " +
             "no path is actually minimised)" +
             (r.QSampleInvA.Normalized().Cross(r.UpSample).Norm < 1e-9 ? ": with up = Q this is symmetric Laue through the thickness." : "."),
    };

    /// <summary>GET /api/v1/goniometers item for one profile.</summary>
    public static GoniometerDto Describe(GoniometerProfile p) => new(
        p.Id, p.Name, p.Id == GoniometerProfiles.DefaultId, p.Source, p.LabFrame, p.Note,
        [.. p.Axes.Select((a, i) => new GoniometerAxisDto(i, a.Name, a.AsciiName, a.Role, a.AxisLab.ToArray(), Sense(a.AxisLab),
            new AxisLimitsDto(a.Limits.MinDeg, a.Limits.MaxDeg, a.Limits.Source, a.Limits.Assumption, a.Limits.Note)))],
        p.DefaultFixed is { } f ? new FixedAxisDto(f.AsciiName, f.ValueDeg) : null);

    /// <summary>"+y_L" for a lab axis along a coordinate direction, else the vector.</summary>
    public static string AxisLabel(Vec3 axis)
    {
        string[] names = ["x_L", "y_L", "z_L"];
        for (var i = 0; i < 3; i++)
        {
            if (Math.Abs(Math.Abs(axis[i]) - 1) < 1e-12)
            {
                return (axis[i] > 0 ? "+" : "−") + names[i];
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"({axis.X:0.###}, {axis.Y:0.###}, {axis.Z:0.###})");
    }

    private static string Sense(Vec3 axis) =>
        $"right-handed about {AxisLabel(axis)} (active rotation, v′ = R v): positive turns counter-clockwise seen from the tip of {AxisLabel(axis)}";

    private static MountVectorDto MountVector(LatticeVector v) =>
        new(v.Kind == LatticeVectorKind.Plane ? "plane" : "direction", v.Indices.ToArray(), v.ToString());

    private static (int H, int K, int L) Hkl(double[]? hkl)
    {
        var h = Require.Field(hkl, "hkl");
        if (h.Length != 3 || h.Any(x => !double.IsFinite(x) || x != Math.Round(x) || Math.Abs(x) > 1000))
        {
            throw new InputException("hkl", "The reflection 'hkl' must be three integers [h, k, l] (|index| ≤ 1000).");
        }
        return ((int)h[0], (int)h[1], (int)h[2]);
    }

    private static LatticeVector? Vector(LatticeVectorDto? dto, string field)
    {
        if (dto is null)
        {
            return null;
        }
        var (indices, kind) = (dto.Hkl, dto.Uvw) switch
        {
            ({ } h, null) => (h, LatticeVectorKind.Plane),
            (null, { } u) => (u, LatticeVectorKind.Direction),
            _ => throw new InputException(field, $"Give '{field}' as a plane {{\"hkl\": [h, k, l]}} or a direction {{\"uvw\": [u, v, w]}}, not both."),
        };
        if (indices.Length != 3 || indices.Any(x => !double.IsFinite(x)))
        {
            throw new InputException(field, $"'{field}' needs three finite indices.");
        }
        return new LatticeVector(new Vec3(indices[0], indices[1], indices[2]), kind);
    }

    private static SampleBoxUm? Sample(SampleUmDto? dto) => dto is null ? null
        : new SampleBoxUm(Require.Number(dto.Height, "sampleUm.height"), Require.Number(dto.Width, "sampleUm.width"),
            Require.Number(dto.Thickness, "sampleUm.thickness")).Validated();

    private static FixedAxis? Fixed(FixedAxisDto? dto) => dto is null ? null
        : new FixedAxis(Require.Field(dto.Axis, "fixedAxis.axis"), dto.ValueDeg);
}
