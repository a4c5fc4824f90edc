using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace DfxrmViz.Core.Optics;

/// <summary>The energy-only part of a lens calculation (<see cref="LensBoxAtEnergy"/>: δ, β, µ_L, focal lengths, box matrix) of one
/// lens file, computed once per (file, data, energy, model): it does not depend on 2θ or the distance, so the lens energy curve,
/// recomputed for each new 2θ, reuses it. Bounded per file; the values are exactly those of the same calls made afresh.</summary>
internal static class LensOpticsCache
{
    /// <summary>Energies remembered per lens file and data set (the plot uses a few hundred fixed ones).</summary>
    public const int MaxEnergiesPerFile = 4096;

    private static readonly ConditionalWeakTable<LensFile, ConcurrentDictionary<(AtomicOpticsData Data, double EnergyKeV, LensModel Model), LensBoxAtEnergy>> ByFile = [];

    /// <summary>The energy-only part for <paramref name="lens"/> at <paramref name="energyKeV"/> with <paramref name="model"/>.</summary>
    /// <exception cref="Diagnostics.InputException">as <see cref="LensMaterialOpticsCalculator.Compute"/> (not remembered).</exception>
    public static LensBoxAtEnergy At(LensFile lens, double energyKeV, LensModel model, AtomicOpticsData data)
    {
        var perFile = ByFile.GetValue(lens, _ => new());
        var key = (data, energyKeV, model);
        if (perFile.TryGetValue(key, out var atEnergy))
        {
            return atEnergy;
        }
        atEnergy = LensBoxAtEnergy.Of(lens.Box, Compute(lens, energyKeV, data), model);
        if (perFile.Count < MaxEnergiesPerFile)
        {
            perFile.TryAdd(key, atEnergy);
        }
        return atEnergy;
    }

    /// <summary>What <see cref="LensCalculator.Compute(LensFile, LensRequest, AtomicOpticsData)"/> computes per series.</summary>
    public static List<LensMaterialOptics> Compute(LensFile lens, double energyKeV, AtomicOpticsData data) =>
        [.. lens.Box.Series.Select(s => LensMaterialOpticsCalculator.Compute(s.Material, energyKeV, data))];
}
