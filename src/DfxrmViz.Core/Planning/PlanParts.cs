using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning;

/// <summary>Where the crystal comes from (plan field <c>crystal</c>): a built-in id, or CIF text with an optional block name.</summary>
/// <param name="Builtin">Library id (<c>GET /api/v1/crystals</c>), or null for CIF text.</param>
/// <param name="Cif">CIF text, or null for a built-in crystal.</param>
/// <param name="FileName">Name of the uploaded file, for display only (never a path on the server).</param>
/// <param name="Block">Data block to read when the text holds several; null = the only one.</param>
public sealed record CrystalSource(string? Builtin, string? Cif = null, string? FileName = null, string? Block = null)
{
    /// <summary>A built-in crystal.</summary>
    public static CrystalSource BuiltIn(string id) => new(id);

    /// <summary>CIF text (an upload).</summary>
    public static CrystalSource FromCif(string text, string? fileName = null, string? block = null) => new(null, text, fileName, block);
}

/// <summary>Sample box in µm (plan field <c>sampleUm</c>): height along sample x (up), width along y, thickness along z
/// (exit-surface normal).</summary>
public sealed record SampleSizeUm(double Height, double Width, double Thickness)
{
    /// <summary>DF-XRM_vis defaults (5000 × 5000 × 150 µm; DF-XRM_vis_streamlit.py sidebar, trygvrad/DF-XRM_viz).</summary>
    public static SampleSizeUm Default { get; } = new(5000, 5000, 150);
}

/// <summary>A travel range of one goniometer axis in degrees (plan field <c>limitsDeg.&lt;axis&gt;</c> = [min, max]).</summary>
public sealed record AxisRangeDeg(double MinDeg, double MaxDeg);

/// <summary>The motor held fixed on a four-motor stack (plan field <c>fixedAxis</c>); null value = θ of the reflection.</summary>
public sealed record FixedAxisPlan(string Axis, double? ValueDeg);

/// <summary>One reflection found on the instrument (plan field <c>mountCheck.found[i]</c>): indices and motor angles in
/// degrees keyed by the profile's ASCII axis names.</summary>
public sealed record FoundReflectionPlan(Hkl Hkl, ValueMap<double> AnglesDeg);

/// <summary>The mount check's inputs (plan field <c>mountCheck</c>): the reflections found, and the tolerance in degrees
/// for how far a found reflection may disagree with the cell before it is flagged.</summary>
public sealed record MountCheckPlan(ValueList<FoundReflectionPlan> Found, double ToleranceDeg = 0.5);

/// <summary>The objective lens box (plan field <c>lens</c>): a built-in id or the text of a .lens file.</summary>
/// <param name="Builtin">Built-in box id (e.g. <c>id06</c>), or null for text.</param>
/// <param name="Text">.lens file text, or null for a built-in box.</param>
/// <param name="FileName">Name of the uploaded file, for display only.</param>
public sealed record LensSource(string? Builtin, string? Text = null, string? FileName = null)
{
    /// <summary>The ESRF ID06 box of DF-XRM_vis (assets/lens_files/id06.lens), the default.</summary>
    public static LensSource Id06 { get; } = new("id06");
}

/// <summary>Sample–detector distance (plan field <c>dTotPrimeMm</c> or <c>dTotMm</c>).</summary>
/// <param name="Mm">The distance in mm.</param>
/// <param name="Projected">True: d_tot′, the projection on the incident beam (d_tot = d_tot′ / cos 2θ); false: d_tot.</param>
public sealed record LensDistance(double Mm, bool Projected)
{
    /// <summary>d_tot′ = 5000 mm, the DF-XRM_vis default.</summary>
    public static LensDistance Default { get; } = new(5000, true);
}
