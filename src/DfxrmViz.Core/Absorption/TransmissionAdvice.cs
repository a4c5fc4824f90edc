using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Absorption;

/// <summary>Direction in which to look for a better energy.</summary>
public enum SearchDirection
{
    /// <summary>Towards higher energies.</summary>
    Up,

    /// <summary>Towards lower energies (only helps below an edge).</summary>
    Down,
}

/// <summary>An energy that reaches a target transmission, and the edge-free window around it that does too.</summary>
/// <param name="EnergyKeV">The reaching energy nearest to the start (upwards: where T = target; downwards: the top of the window).</param>
/// <param name="Transmission">Transmission at <paramref name="EnergyKeV"/>.</param>
/// <param name="WindowMinKeV">Lower end of the edge-free window with T ≥ target.</param>
/// <param name="WindowMaxKeV">Upper end of that window (0.5 % below the next edge, or the search limit).</param>
public sealed record EnergySuggestion(double EnergyKeV, double Transmission, double WindowMinKeV, double WindowMaxKeV);

/// <summary>The numbers behind the plain-language verdict (issue 5): thickness for a target transmission, an energy that
/// gives a target transmission at a thickness (never across or within 0.5 % of an edge), edges near an energy.</summary>
public static class TransmissionAdvice
{
    /// <summary>Relative distance within which an edge gets a note (0.5 %).</summary>
    public const double EdgeNoteTolerance = 0.005;

    /// <summary>Thickness (µm) that transmits <paramref name="targetTransmission"/>: t = −L ln T.</summary>
    /// <exception cref="InputException">target not in (0, 1) (field targetTransmission); energy as for <see cref="Attenuation.LengthUm"/>.</exception>
    public static double ThicknessForTransmissionUm(AbsorbingMaterial material, double energyKeV, double targetTransmission,
        AttenuationTable table = AttenuationTable.Elam, AttenuationKind kind = AttenuationKind.Total)
    {
        RequireTarget(targetTransmission);
        return -Attenuation.LengthUm(material, energyKeV, table, kind) * Math.Log(targetTransmission);
    }

    /// <summary>Edges of the material's elements within 0.5 % (or <paramref name="relativeTolerance"/>) of the energy, nearest first.</summary>
    public static IReadOnlyList<AbsorptionEdge> EdgesNear(AbsorbingMaterial material, double energyKeV,
        double relativeTolerance = EdgeNoteTolerance)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (!double.IsFinite(energyKeV) || energyKeV <= 0)
        {
            throw new InputException(new InputProblem("energyKeV",
                $"The energy must be a positive number of keV; got {InputProblem.Show(energyKeV)}."));
        }
        return AbsorptionEdges.Near(material.AtomsPerCell.Keys, energyKeV, relativeTolerance);
    }

    /// <summary>Nearest energy from <paramref name="startKeV"/> in <paramref name="direction"/> at which
    /// <paramref name="thicknessUm"/> transmits ≥ <paramref name="targetTransmission"/>, searching edge-free windows
    /// (edges ± 0.5 % excluded) within [minKeV, maxKeV]; null if none does.</summary>
    /// <exception cref="InputException">thickness (thicknessUm), target (targetTransmission) or energies (energyKeV) invalid.</exception>
    public static EnergySuggestion? EnergyForTransmission(AbsorbingMaterial material, double thicknessUm, double targetTransmission,
        double startKeV, SearchDirection direction, AttenuationTable table = AttenuationTable.Elam,
        AttenuationKind kind = AttenuationKind.Total, double minKeV = 1.0, double maxKeV = 100.0)
    {
        ArgumentNullException.ThrowIfNull(material);
        XrayInput.RequireThicknessUm(thicknessUm);
        RequireTarget(targetTransmission);
        var range = MassAttenuation.ValidRange(table);
        XrayInput.RequireEnergyKeV(startKeV, range, XrayInput.TableName(table));
        XrayInput.RequireEnergyKeV(minKeV, range, XrayInput.TableName(table));
        XrayInput.RequireEnergyKeV(maxKeV, range, XrayInput.TableName(table));
        double T(double e) => Attenuation.Transmission(material, e, thicknessUm, table, kind);
        var windows = EdgeFreeWindows(material, minKeV, maxKeV);
        return direction == SearchDirection.Up
            ? SearchUp(windows, startKeV, targetTransmission, T)
            : SearchDown(windows, startKeV, targetTransmission, T);
    }

    /// <summary>[min, max] cut into windows between edges, each edge with ±0.5 % taken out.</summary>
    internal static List<(double Lo, double Hi)> EdgeFreeWindows(AbsorbingMaterial material, double minKeV, double maxKeV)
    {
        var windows = new List<(double Lo, double Hi)>();
        var lo = minKeV;
        foreach (var edge in AbsorptionEdges.Between(material.AtomsPerCell.Keys, minKeV * 0.99, maxKeV * 1.01))
        {
            var hi = Math.Min(edge.EnergyKeV * (1 - EdgeNoteTolerance), maxKeV);
            if (hi > lo)
            {
                windows.Add((lo, hi));
            }
            lo = Math.Max(lo, edge.EnergyKeV * (1 + EdgeNoteTolerance));
        }
        if (maxKeV > lo)
        {
            windows.Add((lo, maxKeV));
        }
        return windows;
    }

    private static EnergySuggestion? SearchUp(List<(double Lo, double Hi)> windows, double start, double target, Func<double, double> t)
    {
        foreach (var (wLo, wHi) in windows.Where(w => w.Hi >= start))
        {
            var lo = Math.Max(wLo, start);
            if (t(wHi) < target)
            {
                continue;
            }
            var e = t(lo) >= target ? lo : Bisect(lo, wHi, target, t);
            return new EnergySuggestion(e, t(e), e, wHi);
        }
        return null;
    }

    private static EnergySuggestion? SearchDown(List<(double Lo, double Hi)> windows, double start, double target, Func<double, double> t)
    {
        foreach (var (wLo, wHi) in Enumerable.Reverse(windows).Where(w => w.Lo <= start))
        {
            var hi = Math.Min(wHi, start);
            if (t(hi) < target)
            {
                continue;
            }
            var low = t(wLo) >= target ? wLo : Bisect(wLo, hi, target, t);
            return new EnergySuggestion(hi, t(hi), low, hi);
        }
        return null;
    }

    /// <summary>Energy in [lo, hi] where t crosses target (t(lo) &lt; target ≤ t(hi), t rising between edges); returns the side with t ≥ target.</summary>
    private static double Bisect(double lo, double hi, double target, Func<double, double> t)
    {
        for (var i = 0; i < 60 && hi - lo > 1e-9 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (t(mid) >= target) { hi = mid; } else { lo = mid; }
        }
        return hi;
    }

    private static void RequireTarget(double targetTransmission)
    {
        if (!double.IsFinite(targetTransmission) || targetTransmission <= 0 || targetTransmission >= 1)
        {
            throw new InputException(new InputProblem("targetTransmission",
                $"The target transmission must lie strictly between 0 and 1 (e.g. 0.01 for 1 %); got {InputProblem.Show(targetTransmission)}."));
        }
    }
}
