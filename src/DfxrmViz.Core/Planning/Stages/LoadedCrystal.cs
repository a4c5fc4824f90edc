using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>A crystal read once (shared by every session through <see cref="CrystalCache"/>), with what every later stage
/// needs of it: the summary (composition, volume, density) and the absorbing material (docs/physics.md §2, §3).
/// Compared by reference: one read of one source is one object.</summary>
public sealed class LoadedCrystal
{
    internal LoadedCrystal(string key, Crystal.Crystal crystal, CrystalSource source)
    {
        Key = key;
        Crystal = crystal;
        Source = source;
        Summary = crystal.Summarise();
        try
        {
            Material = AbsorbingMaterial.Create(Summary.AtomsPerCellByElement, Summary.VolumeA3);
        }
        catch (InputException ex)
        {
            MaterialProblem = ex.Problem with { Field = "plan.crystal" };
        }
    }

    /// <summary>Cache key: "builtin:LiNbO3" or "cif:&lt;SHA-256 of the text&gt;|&lt;block&gt;".</summary>
    public string Key { get; }

    /// <summary>The structure.</summary>
    public Crystal.Crystal Crystal { get; }

    /// <summary>Where it came from: the first source with this key, possibly another user's upload of the same text (its
    /// <see cref="CrystalSource.FileName"/> is theirs: show the plan's own source, <see cref="LabelOf"/>).</summary>
    public CrystalSource Source { get; }

    /// <summary>Formula, Z, volume, density, atoms per cell, symmetry.</summary>
    public Crystal.CrystalSummary Summary { get; }

    /// <summary>Atoms per cell and volume for the attenuation (null when the composition cannot absorb: see <see cref="MaterialProblem"/>).</summary>
    public AbsorbingMaterial? Material { get; }

    /// <summary>Why there is no material, else null.</summary>
    public InputProblem? MaterialProblem { get; }

    /// <summary>"LiNbO3 (built-in)" or "my.cif, block x" for the page, of the plan's own <paramref name="source"/>: never of
    /// <see cref="Source"/>, which is the first upload of this text by anyone, under that user's file name (issue 15).</summary>
    public static string LabelOf(CrystalSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Builtin is { } id ? $"{id} (built-in)"
            : source.Block is null ? source.FileName ?? "uploaded CIF" : $"{source.FileName ?? "uploaded CIF"}, block {source.Block}";
    }
}
