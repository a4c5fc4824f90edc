using System.Collections.Immutable;

namespace DfxrmViz.Core.Scattering;

/// <summary>The reflection table of a crystal at one energy and 2θ window (docs/api.md POST /api/v1/reflections).</summary>
/// <param name="EnergyKeV">Photon energy.</param>
/// <param name="WavelengthA">λ = hc/E (CODATA 2018).</param>
/// <param name="TwoThetaMinDeg">Window start (inclusive).</param>
/// <param name="TwoThetaMaxDeg">Window end (inclusive): the asked one, or lower where the f0 table ends (<see cref="WindowNote"/>).</param>
/// <param name="Options">How |F|² was computed.</param>
/// <param name="StrongestF2">Largest |F|² among the non-absent classes in the window (the 100 % of the relative column).</param>
/// <param name="Rows">One row per class, sorted by 2θ, then by descending |F|², then by descending representative hkl.</param>
public sealed record ReflectionTable(
    double EnergyKeV,
    double WavelengthA,
    double TwoThetaMinDeg,
    double TwoThetaMaxDeg,
    ScatteringOptions Options,
    double StrongestF2,
    ImmutableArray<Reflection> Rows)
{
    /// <summary>Why the window ends below the 2θmax asked for (the f0 table's range), else null.</summary>
    public string? WindowNote { get; init; }

    /// <summary>Default selection: the strongest |F|² among non-absent rows inside the window (docs/physics.md §5; the old tool
    /// took the lowest 2θ). Ties (within 1e-9 relative) go to the lower 2θ, then the table order. Null when the table is empty.</summary>
    public Reflection? DefaultReflection
    {
        get
        {
            Reflection? best = null;
            foreach (var r in Rows)
            {
                if (!r.Absent && (best is null || r.F2 > best.F2 * (1 + 1e-9)))
                {
                    best = r;
                }
            }
            return best;
        }
    }

    /// <summary>The row whose class contains <paramref name="hkl"/>, or null.</summary>
    public Reflection? Find(Hkl hkl) => Rows.FirstOrDefault(r => r.Equivalents.Contains(hkl));
}
