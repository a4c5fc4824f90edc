namespace DfxrmViz.Core.Planning.Json;

/// <summary>The field names of the plan JSON (docs/api.md "The plan"), in the order the normalised plan writes them.</summary>
public static class PlanFieldNames
{
    /// <summary>Every top-level field of a plan, in writing order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "version", "technique", "crystal", "energyKeV", "sampleUm", "table", "kind", "warnBelowPercent", "instrument",
        "twoThetaMinDeg", "twoThetaMaxDeg", "anomalous", "f0", "hkl", "up", "front", "beamExit", "beamRule", "azimuthDeg",
        "goniometer", "limitsDeg", "fixedAxis", "solution", "mountCheck", "lens", "dTotPrimeMm", "dTotMm", "lensModel",
        "apertureRadiusUm", "webThicknessUm", "view",
    ];

    /// <summary>Fields of <c>crystal</c>.</summary>
    public static readonly IReadOnlyList<string> Crystal = ["builtin", "cif", "fileName", "block"];

    /// <summary>Fields of <c>sampleUm</c>.</summary>
    public static readonly IReadOnlyList<string> Sample = ["height", "width", "thickness"];

    /// <summary>Fields of a crystal vector (<c>up</c>, <c>front</c>, <c>beamExit</c>).</summary>
    public static readonly IReadOnlyList<string> Vector = ["hkl", "uvw"];

    /// <summary>Fields of <c>fixedAxis</c>.</summary>
    public static readonly IReadOnlyList<string> FixedAxis = ["axis", "valueDeg"];

    /// <summary>Fields of <c>mountCheck</c>.</summary>
    public static readonly IReadOnlyList<string> MountCheck = ["found", "toleranceDeg"];

    /// <summary>Fields of one <c>mountCheck.found[i]</c>.</summary>
    public static readonly IReadOnlyList<string> Found = ["hkl", "anglesDeg"];

    /// <summary>Fields of <c>lens</c>.</summary>
    public static readonly IReadOnlyList<string> Lens = ["builtin", "text", "fileName"];

    /// <summary>Fields of <c>view</c>.</summary>
    public static readonly IReadOnlyList<string> View =
    [
        "projection", "showCell", "showLens", "showGoniometer", "showBeams", "showLabels", "sampleScale", "beamExtensionFrontUm",
        "beamExtensionBackUm", "beamWidthUm", "beamThicknessUm", "structureScale", "structureOffsetUm", "cellRange",
        "polyhedraElements", "polyhedraRadiusA", "bondElements", "bondMinA", "bondMaxA", "magnificationBehindLens", "camera",
    ];

    /// <summary>Fields of <c>view.camera</c>.</summary>
    public static readonly IReadOnlyList<string> Camera = ["position", "target", "up", "zoom"];
}
