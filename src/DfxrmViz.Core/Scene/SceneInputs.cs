using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>Everything the 3D scene is built from: results of the plan pipeline and the plan's view options (the camera is
/// ignored: the scene never depends on it).</summary>
/// <param name="CrystalName">Display name of the crystal.</param>
/// <param name="Cell">Unit cell (Busing–Levy A, B).</param>
/// <param name="Sites">Every atom of the cell (expanded sites).</param>
/// <param name="Hkl">The planned reflection.</param>
/// <param name="EnergyKeV">Photon energy.</param>
/// <param name="Orientation">Mount U, Q/k0/kh in S, the up/front vectors used.</param>
/// <param name="Sample">Sample box in µm.</param>
/// <param name="Profile">Goniometer profile (its lab frame is L).</param>
/// <param name="AnglesDeg">The chosen solution's angles in profile order (base → top); null when there is none: the
/// sample is then drawn in Bragg condition by the unique lab rotation and the stages at zero.</param>
/// <param name="Lens">Lens result (d1, dL, d2, lenslet positions), or null.</param>
/// <param name="DetectorDistanceMm">Sample–detector distance d_tot along the diffracted beam (used without a lens), or null.</param>
/// <param name="View">View options of the plan.</param>
public sealed record SceneInputs(
    string CrystalName,
    UnitCell Cell,
    IReadOnlyList<CellSite> Sites,
    Vec3 Hkl,
    double EnergyKeV,
    OrientationResult Orientation,
    SampleSizeUm Sample,
    GoniometerProfile Profile,
    IReadOnlyList<double>? AnglesDeg,
    LensResult? Lens,
    double? DetectorDistanceMm,
    ViewOptions View);
