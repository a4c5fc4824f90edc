using DfxrmViz.Core.Crystal;

namespace DfxrmViz.Web.Services;

/// <summary>Where the crystal came from, enough to load it again (a shared plan): a built-in id, or CIF text (+ block).</summary>
/// <param name="BuiltinId">Library id, or null for an uploaded CIF.</param>
/// <param name="FileName">Uploaded file name (display only; never used as a path).</param>
/// <param name="CifText">Uploaded CIF text.</param>
/// <param name="BlockName">Chosen data block when the file has several.</param>
public sealed record CrystalSource(string? BuiltinId, string? FileName, string? CifText, string? BlockName)
{
    /// <summary>Short label for the UI, e.g. "LiNbO3 (built-in)" or "my.cif, block x".</summary>
    public string Label => BuiltinId is not null ? $"{BuiltinId} (built-in)"
        : BlockName is null ? FileName ?? "uploaded CIF" : $"{FileName ?? "uploaded CIF"}, block {BlockName}";
}

/// <summary>A crystal in use with its summary (computed once when loaded: the crystal is immutable).</summary>
public sealed record LoadedCrystal(Crystal Crystal, CrystalSource Source, CrystalSummary Summary)
{
    public static LoadedCrystal Of(Crystal crystal, CrystalSource source) => new(crystal, source, crystal.Summarise());
}
