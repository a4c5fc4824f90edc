namespace DfxrmViz.Core.Optics;

/// <summary>The lens material of one series, as a .lens file gives it: atoms in a unit cell and the cell volume (docs/physics.md §8).</summary>
/// <param name="Atoms">Element symbols with standard capitalisation, one per atom in the cell (e.g. Be, Be).</param>
/// <param name="UnitCellVolumeA3">Unit-cell volume in Å³.</param>
public sealed record LensMaterial(IReadOnlyList<string> Atoms, double UnitCellVolumeA3)
{
    /// <summary>Mass density implied by the file in g/cm³: Σ molar masses / (N_A V) (id06: 2 Be in 16.225 Å³ → 1.8447).</summary>
    public double DensityGcm3 => Atoms.Sum(a => Elements.PeriodicTable.Find(a)!.MolarMassGPerMol)
        / (Units.PhysicalConstants.AvogadroPerMol * UnitCellVolumeA3 * Units.PhysicalConstants.CubicAngstromInCm3);
}

/// <summary>One <c>[lens_series_i]</c>: identical lenslets at equal centre-to-centre spacing.</summary>
/// <param name="Index">i in lens_series_i (0–99).</param>
/// <param name="RadiusOfCurvatureUm">Apex radius of curvature R of each (biconcave parabolic) lenslet in µm.</param>
/// <param name="NumberOfLenses">Number of lenslets.</param>
/// <param name="LensSpacingMm">Centre-to-centre spacing in mm.</param>
/// <param name="Material">Lenslet material.</param>
/// <param name="Line">Line of the series' table header in the file.</param>
public sealed record LensSeries(int Index, double RadiusOfCurvatureUm, int NumberOfLenses, double LensSpacingMm, LensMaterial Material, int Line);

/// <summary>A <c>[separator_i]</c>: extra distance after series i (from its last lens to the next series' first lens).</summary>
public sealed record LensSeparator(int Index, double SpacingMm, int Line);

/// <summary>
/// <c>[mount_point]</c>: offsets of the lens box mounting point from the centre of the first lens, in mm
/// (along and orthogonal to the box axis, then lab x along the incident beam and y up; upstream optics_geometry.py).
/// </summary>
public sealed record LensMountOffsets(double AlongLensBoxMm, double OrthogonalToLensBoxMm, double XMm, double YMm)
{
    public static LensMountOffsets None { get; } = new(0, 0, 0, 0);
}

/// <summary><c>[print_mount_point]</c>: which mount-point coordinates the user wants printed.</summary>
public sealed record LensPrintFlags(bool Along, bool Orthogonal, bool X, bool Y)
{
    public static LensPrintFlags None { get; } = new(false, false, false, false);
}

/// <summary>A compound refractive lens box as read from a .lens file.</summary>
/// <param name="Series">Series in order lens_series_0, 1, … (contiguous).</param>
/// <param name="Separators">Separators by index, only those between two series.</param>
/// <param name="MountOffsets">[mount_point] offsets (zero when absent).</param>
/// <param name="PrintFlags">[print_mount_point] flags (all false when absent).</param>
public sealed record LensBox(
    IReadOnlyList<LensSeries> Series,
    IReadOnlyList<LensSeparator> Separators,
    LensMountOffsets MountOffsets,
    LensPrintFlags PrintFlags)
{
    /// <summary>Total number of lenslets N.</summary>
    public int LensletCount => Series.Sum(s => s.NumberOfLenses);
}

/// <summary>A note for the user about the file: an unused key or a warning, with its line.</summary>
/// <param name="Key">Dotted key or table concerned, as written in the file.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Message">Plain message for the user.</param>
public sealed record LensFileNote(string Key, int Line, string Message);

/// <summary>The result of reading a .lens file: the box, the keys the reader did not use, and warnings.</summary>
public sealed record LensFile(LensBox Box, IReadOnlyList<LensFileNote> UnusedKeys, IReadOnlyList<LensFileNote> Warnings);
