using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning;

/// <summary>Every input of the page as one immutable value (docs/api.md "The plan"). The page, the API, saved plans, live
/// rooms, the address, the PDF and the 3D export read this one object; results are computed from it by
/// <c>PlanPipeline</c> and never written back into it. Every field but <see cref="Crystal"/> has a documented default;
/// <c>PlanJson</c> reads and writes the JSON form with the field names of the contract.</summary>
public sealed record Plan
{
    /// <summary>The only plan version this build reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary><c>version</c>: format version (1).</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary><c>technique</c>: reserved for presets of other techniques (Bragg CDI, ptychography, scanning Bragg
    /// microscopy); only <c>dfxm</c> today.</summary>
    public string Technique { get; init; } = "dfxm";

    /// <summary><c>crystal</c> (required): built-in id or CIF text.</summary>
    public required CrystalSource Crystal { get; init; }

    /// <summary><c>energyKeV</c>: photon energy (default 17 keV, DF-XRM_vis's default).</summary>
    public double EnergyKeV { get; init; } = 17;

    /// <summary><c>sampleUm</c>: sample box (default 5000 × 5000 × 150 µm, DF-XRM_vis's default).</summary>
    public SampleSizeUm SampleUm { get; init; } = SampleSizeUm.Default;

    /// <summary><c>table</c>: mass-attenuation table for every transmission shown (default Elam, DF-XRM_vis's).</summary>
    public AttenuationTable Table { get; init; } = AttenuationTable.Elam;

    /// <summary><c>kind</c>: total (photoabsorption + coherent + incoherent, default) or photoabsorption only.</summary>
    public AttenuationKind Kind { get; init; } = AttenuationKind.Total;

    /// <summary><c>warnBelowPercent</c>: transmission below which the absorption check warns (default 1 %).</summary>
    public double WarnBelowPercent { get; init; } = 1;

    /// <summary><c>instrument</c>: instrument profile id (sets the default 2θ window; default <c>esrf-dfxm</c>).</summary>
    public string Instrument { get; init; } = "esrf-dfxm";

    /// <summary><c>twoThetaMinDeg</c>: lower end of the 2θ window; null = the instrument's.</summary>
    public double? TwoThetaMinDeg { get; init; }

    /// <summary><c>twoThetaMaxDeg</c>: upper end of the 2θ window; null = the instrument's.</summary>
    public double? TwoThetaMaxDeg { get; init; }

    /// <summary><c>anomalous</c>: include f′ + if″ (Chantler) in |F|² (default true).</summary>
    public bool Anomalous { get; init; } = true;

    /// <summary><c>f0</c>: form-factor table (default IT92, ITC Table 6.1.1.4).</summary>
    public FormFactorTable F0 { get; init; } = FormFactorTable.It92;

    /// <summary><c>hkl</c>: the planned reflection; null = the app's default choice, reported in the results
    /// (<c>selectedIsDefault</c>) and never written here.</summary>
    public Hkl? Hkl { get; init; }

    /// <summary><c>up</c>: crystal vector along sample x (up); null = Q of the planned reflection.</summary>
    public LatticeVector? Up { get; init; }

    /// <summary><c>front</c>: crystal vector along the exit-surface normal; null = the frame-independent default
    /// (docs/physics.md "Default front").</summary>
    public LatticeVector? Front { get; init; }

    /// <summary><c>beamExit</c>: beam-exit direction, used when <see cref="BeamRule"/> is <see cref="BeamRule.Direction"/>.</summary>
    public LatticeVector? BeamExit { get; init; }

    /// <summary><c>beamRule</c>: how the plane of the beams about Q is chosen (default exitSurface).</summary>
    public BeamRule BeamRule { get; init; } = BeamRule.ExitSurface;

    /// <summary><c>azimuthDeg</c>: turn of the scattering plane about Q where the inputs leave it free (the symmetric
    /// Bragg case, Q ∥ exit normal); 0 = the plane contains the sample's up axis.</summary>
    public double AzimuthDeg { get; init; }

    /// <summary><c>goniometer</c>: goniometer profile id (default <c>esrf-dfxm</c>).</summary>
    public string Goniometer { get; init; } = GoniometerProfiles.DefaultId;

    /// <summary><c>limitsDeg</c>: user limits by ASCII axis name, replacing the profile's (each marked "set by the user").</summary>
    public ValueMap<AxisRangeDeg> LimitsDeg { get; init; } = ValueMap<AxisRangeDeg>.Empty;

    /// <summary><c>fixedAxis</c>: motor held fixed on a four-motor stack; null = the profile's default (esrf-dfxm: μ = θ).</summary>
    public FixedAxisPlan? FixedAxis { get; init; }

    /// <summary><c>solution</c>: index of the chosen goniometer solution; null = the default (least motion inside the limits).</summary>
    public int? Solution { get; init; }

    /// <summary><c>mountCheck</c>: reflections found on the instrument; null = not checked yet.</summary>
    public MountCheckPlan? MountCheck { get; init; }

    /// <summary><c>lens</c>: the objective lens box (default the ID06 box); null = no objective lens.</summary>
    public LensSource? Lens { get; init; } = LensSource.Id06;

    /// <summary><c>dTotPrimeMm</c> | <c>dTotMm</c>: sample–detector distance (default d_tot′ = 5000 mm).</summary>
    public LensDistance Distance { get; init; } = LensDistance.Default;

    /// <summary><c>lensModel</c>: thick (every lenslet and gap, default) or thin.</summary>
    public LensModel LensModel { get; init; } = LensModel.Thick;

    /// <summary><c>apertureRadiusUm</c>: physical aperture radius R0 of the lenslets (not in .lens files); null = not given.</summary>
    public double? ApertureRadiusUm { get; init; }

    /// <summary><c>webThicknessUm</c>: web thickness of one lenslet (not in .lens files); null = not given.</summary>
    public double? WebThicknessUm { get; init; }

    /// <summary><c>view</c>: 3D-view options and camera.</summary>
    public ViewOptions View { get; init; } = ViewOptions.Default;

    /// <summary>The page's first-visit example: DF-XRM_vis's README case — an x-cut LiNbO3 wafer (up (0 0 1), exit surface
    /// (−1 −1 0), as in its README figure df-xrm_3.png) aligned on (1 −1 2) at 17 keV, 5000 × 5000 × 150 µm, the ID06 lens
    /// box at d_tot′ = 5 m (trygvrad/DF-XRM_viz README.md).</summary>
    public static Plan Example { get; } = new()
    {
        Crystal = CrystalSource.BuiltIn("LiNbO3"),
        EnergyKeV = 17,
        SampleUm = new SampleSizeUm(5000, 5000, 150),
        Hkl = new Hkl(1, -1, 2),
        Up = LatticeVector.Plane(0, 0, 1),
        Front = LatticeVector.Plane(-1, -1, 0),
        Lens = LensSource.Id06,
        Distance = new LensDistance(5000, true),
    };
}
