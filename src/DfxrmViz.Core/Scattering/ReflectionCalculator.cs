using System.Collections.Immutable;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scattering;

/// <summary>Enumerates every class of reflections with 2θ in [2θmin, 2θmax] at one energy, with d, 2θ, |F|², multiplicity,
/// equivalents and the systematic-absence flag (docs/physics.md §2, §4, §5; docs/api.md POST /api/v1/reflections).</summary>
public static class ReflectionCalculator
{
    /// <summary>Classes with |F|² below this fraction of the strongest are left out unless absences are included (docs/api.md).</summary>
    public const double NegligibleFraction = 1e-6;

    /// <summary>Refuse windows whose reciprocal-space sphere holds more lattice points than this (≈ 4/3 π q³ V).</summary>
    public const double MaxLatticePoints = 400_000;

    /// <summary>The reflection table. With <paramref name="includeAbsent"/> false, systematic absences and classes with
    /// |F|² &lt; 1e-6 × the strongest are left out. Sorted by 2θ, then descending |F|².</summary>
    /// <remarks>A window reaching beyond the f0 table's range (IT92 s ≤ 2 Å⁻¹, from about 65 keV at 2θ = 45°) is clipped to it,
    /// and <see cref="ReflectionTable.WindowNote"/> says so: a table of what can be computed beats no table at all.</remarks>
    /// <exception cref="InputException">bad energy or window, the whole window beyond the f0 table, a window too large to enumerate, or
    /// (PhysicallyImpossible) an energy too low for any reflection below 2θmax — the message names the lowest energy that gives one.</exception>
    public static ReflectionTable Compute(Crystal.Crystal crystal, double energyKeV, double twoThetaMinDeg, double twoThetaMaxDeg,
        ScatteringOptions? options = null, bool includeAbsent = false)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        options ??= ScatteringOptions.Default;
        var classes = Classes(crystal, energyKeV, twoThetaMinDeg, twoThetaMaxDeg, options, out var lambda, out var maxDeg, includeAbsent);
        var strongest = classes.Where(c => !c.Absent).Select(c => c.F2).DefaultIfEmpty(0).Max();
        if (strongest == 0)
        {
            RequireSomeReflectionBelowMax(crystal, energyKeV, twoThetaMaxDeg, options);
        }
        var kept = new List<Reflection>(classes.Count);
        foreach (var c in classes)
        {
            if (includeAbsent || (!c.Absent && c.F2 >= NegligibleFraction * strongest && c.F2 > 0))
            {
                kept.Add(c with { RelativeIntensityPercent = strongest > 0 ? 100 * c.F2 / strongest : 0 });
            }
        }
        return new ReflectionTable(energyKeV, lambda, twoThetaMinDeg, maxDeg, options, strongest, SortedForTable(kept))
        {
            WindowNote = maxDeg < twoThetaMaxDeg ? ClipNote(twoThetaMaxDeg, maxDeg, energyKeV, options.FormFactors) : null,
        };
    }

    /// <summary>By 2θ (rounded to 1e-9°, so rows equal in 2θ up to rounding sort by the next keys), then descending |F|², then
    /// descending hkl: hkl are distinct, so the order is total and the same on every run. Keys computed once per row (a LINQ
    /// OrderBy/ThenBy chain rounded 2θ in every comparison: a tenth of an API request's time).</summary>
    private static ImmutableArray<Reflection> SortedForTable(List<Reflection> rows)
    {
        var twoTheta = new double[rows.Count];
        var order = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            twoTheta[i] = Math.Round(rows[i].TwoThetaDeg, 9);
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byAngle = twoTheta[a].CompareTo(twoTheta[b]);
            if (byAngle != 0)
            {
                return byAngle;
            }
            var byF2 = rows[b].F2.CompareTo(rows[a].F2);
            return byF2 != 0 ? byF2 : rows[b].Hkl.CompareTo(rows[a].Hkl);
        });
        var sorted = ImmutableArray.CreateBuilder<Reflection>(rows.Count);
        foreach (var i in order)
        {
            sorted.Add(rows[i]);
        }
        return sorted.MoveToImmutable();
    }

    /// <summary>2θ at which s = sin θ/λ reaches the end of the f0 table's fit (180° when it never does at this wavelength).</summary>
    /// <remarks>A hair (1e-9) inside the end, so the 1e-9 slack of the enumeration never asks the table for s just beyond it.</remarks>
    internal static double FormFactorLimitDeg(double wavelengthA, FormFactorTable table)
    {
        var x = StructureFactor.MaxSInvA(table) * wavelengthA * (1 - 1e-9);
        return x >= 1 ? 180 : 2 * Math.Asin(x) * 180 / Math.PI;
    }

    private static string ClipNote(double askedDeg, double maxDeg, double energyKeV, FormFactorTable table) => table == FormFactorTable.It92
        ? $"Listed up to 2θ = {InputProblem.Show(Math.Round(maxDeg, 3))}° instead of {InputProblem.Show(askedDeg)}°: at {InputProblem.Show(energyKeV)} keV the IT92 form factors " +
          "hold only for sin θ/λ ≤ 2 Å⁻¹ (ITC Vol. C Table 6.1.1.4). Choose the Waasmaier–Kirfel table (sin θ/λ ≤ 6 Å⁻¹) to list the rest."
        : $"Listed up to 2θ = {InputProblem.Show(Math.Round(maxDeg, 3))}° instead of {InputProblem.Show(askedDeg)}°: at {InputProblem.Show(energyKeV)} keV the Waasmaier–Kirfel " +
          "form factors hold only for sin θ/λ ≤ 6 Å⁻¹ (Acta Cryst. A51, 416 (1995)).";

    /// <summary>Every class in the window (its upper end <paramref name="maxDeg"/> clipped to the f0 table's range), unsorted,
    /// relative intensity 0; systematic absences only with <paramref name="includeAbsent"/> (no caller without it uses them,
    /// so their |F|², members and cause are not computed).</summary>
    internal static List<Reflection> Classes(Crystal.Crystal crystal, double energyKeV, double twoThetaMinDeg, double twoThetaMaxDeg,
        ScatteringOptions options, out double lambda, out double maxDeg, bool includeAbsent = true)
    {
        lambda = BraggWindow.WavelengthA(energyKeV);
        BraggWindow.Validate(twoThetaMinDeg, twoThetaMaxDeg);
        maxDeg = Math.Min(twoThetaMaxDeg, FormFactorLimitDeg(lambda, options.FormFactors));
        if (maxDeg <= twoThetaMinDeg)
        {
            // The whole window lies beyond the table: nothing can be listed; say which 2θ or table would work.
            StructureFactor.RequireFormFactorRange(BraggWindow.QInvA(twoThetaMinDeg, lambda) / 2, options.FormFactors, energyKeV, "twoThetaMinDeg");
        }
        var qMax = BraggWindow.QInvA(maxDeg, lambda);
        RequireEnumerable(crystal, qMax, energyKeV);
        var calc = new StructureFactorCalculator(crystal, energyKeV, options);
        var cell = crystal.Cell;
        var (hMax, kMax, lMax) = ((int)Math.Floor(qMax * cell.AA), (int)Math.Floor(qMax * cell.BA), (int)Math.Floor(qMax * cell.CA));
        calc.Reserve(hMax, kMax, lMax);
        var qMin = BraggWindow.QInvA(twoThetaMinDeg, lambda);
        var (lo2, hi2) = (qMin * qMin * (1 - 1e-9), qMax * qMax * (1 + 1e-9));
        var result = new List<Reflection>();
        // The classes of the window in the order (h, k, l) they were enumerated: the same set, values and order as walking the
        // box |h| ≤ ⌊q a⌋, |k| ≤ ⌊q b⌋, |l| ≤ ⌊q c⌋ here, without repeating the symmetry work for every energy.
        foreach (var c in HklCatalogue.Covering(crystal, qMax).Classes)
        {
            var hkl = c.Hkl;
            if (c.Q2 < lo2 || c.Q2 > hi2 || Math.Abs(hkl.H) > hMax || Math.Abs(hkl.K) > kMax || Math.Abs(hkl.L) > lMax || (!includeAbsent && c.Absent))
            {
                continue;
            }
            var row = Row(crystal, calc, c, lambda, includeAbsent);
            if (row.TwoThetaDeg >= twoThetaMinDeg && row.TwoThetaDeg <= maxDeg)
            {
                result.Add(row);
            }
        }
        return result;
    }

    private static Reflection Row(Crystal.Crystal crystal, StructureFactorCalculator calc, HklClass c, double lambda, bool mayBeAbsent)
    {
        var hkl = c.Hkl;
        var d = c.DA;
        var f = StructureFactor.RequireFinite(calc.Compute(hkl, 1 / (2 * d)), hkl);
        var absentBy = mayBeAbsent ? ReflectionExplainer.AbsenceCause(crystal.SpaceGroup, hkl) : null;
        return new Reflection(hkl, d, BraggWindow.TwoThetaDeg(d, lambda), f.Real * f.Real + f.Imaginary * f.Imaginary, 0,
            c.Members.Length, c.Members, absentBy is not null)
        {
            AbsentBy = absentBy,
        };
    }

    private static void RequireEnumerable(Crystal.Crystal crystal, double qMax, double energyKeV)
    {
        var points = 4.0 / 3 * Math.PI * qMax * qMax * qMax * crystal.Cell.VolumeA3;
        if (points > MaxLatticePoints)
        {
            throw new InputException(new InputProblem("twoThetaMaxDeg",
                $"At {InputProblem.Show(energyKeV)} keV this 2θ window holds about {InputProblem.Show(Math.Round(points))} reflections " +
                $"(limit {InputProblem.Show(MaxLatticePoints)}); lower 2θmax or the energy."));
        }
    }

    /// <summary>Throws (PhysicallyImpossible) when no non-absent reflection with |F|² ≠ 0 has 2θ ≤ 2θmax at this energy,
    /// naming the lowest energy that brings one to 2θmax.</summary>
    private static void RequireSomeReflectionBelowMax(Crystal.Crystal crystal, double energyKeV, double twoThetaMaxDeg, ScatteringOptions options)
    {
        var first = LowestAngleReflection(crystal, energyKeV, options);
        if (first is null)
        {
            return;
        }
        var (hkl, d) = first.Value;
        var needed = BraggWindow.MinEnergyKeV(d, twoThetaMaxDeg);
        if (needed > energyKeV)
        {
            throw new InputException(new InputProblem("energyKeV",
                $"At {InputProblem.Show(energyKeV)} keV no reflection of {crystal.Name} has 2θ ≤ {InputProblem.Show(twoThetaMaxDeg)}°: " +
                $"the lowest-angle one, {hkl.InParentheses} (d = {InputProblem.Show(d)} Å), needs E ≥ {InputProblem.Show(needed)} keV.")
            { PhysicallyImpossible = true });
        }
    }

    /// <summary>The non-absent reflection with |F|² ≥ 1e-6 × the strongest among small indices (|h|,|k|,|l| ≤ 4) that has the
    /// largest d; null if none (e.g. an empty cell).</summary>
    internal static (Hkl Hkl, double DA)? LowestAngleReflection(Crystal.Crystal crystal, double energyKeV, ScatteringOptions options)
    {
        var calc = new StructureFactorCalculator(crystal, energyKeV, options);
        var maxS = StructureFactor.MaxSInvA(options.FormFactors);
        var found = new List<(Hkl Hkl, double D, double F2)>();
        const int n = 4;
        for (var h = -n; h <= n; h++)
        {
            for (var k = -n; k <= n; k++)
            {
                for (var l = -n; l <= n; l++)
                {
                    var hkl = new Hkl(h, k, l);
                    var d = crystal.Cell.DSpacingA(new Vec3(h, k, l));
                    if (hkl.IsOrigin || 1 / (2 * d) > maxS || crystal.SpaceGroup.IsSystematicallyAbsent(h, k, l))
                    {
                        continue;
                    }
                    var f = calc.Compute(hkl, 1 / (2 * d));
                    found.Add((hkl, d, f.Real * f.Real + f.Imaginary * f.Imaginary));
                }
            }
        }
        var strongest = found.Select(x => x.F2).DefaultIfEmpty(0).Max();
        var best = found.Where(x => x.F2 > 0 && x.F2 >= NegligibleFraction * strongest && double.IsFinite(x.F2))
            .OrderByDescending(x => Math.Round(x.D, 9)).ThenByDescending(x => x.Hkl).Select(x => ((Hkl, double)?)(x.Hkl, x.D))
            .FirstOrDefault();
        return best;
    }
}
