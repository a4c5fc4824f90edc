using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Selection and reachability stages: which reflection the plan uses, and which listed reflections can be reached.</summary>
public static class Selections
{
    /// <summary>The plan's <paramref name="hkl"/> (kept even when unusable, with the reason), else the default of the table
    /// (null when the table failed). While the table is pending the plan's reflection is taken as it is.</summary>
    public static StageResult<SelectionResult> Of(ReflectionTable? table, LoadedCrystal c, Hkl? hkl, double energyKeV, PlanWindow window,
        ScatteringOptions options, bool tablePending)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (hkl is not { } h)
        {
            return table?.DefaultReflection is { } best
                ? StageResult<SelectionResult>.Ok(new SelectionResult(best.Hkl, true, best, true, null))
                : StageResult<SelectionResult>.Failed(new InputProblem("plan.twoThetaMaxDeg",
                    $"No reflection of {c.Crystal.Name} lies in the 2θ window [{NumberText.Plain(window.MinDeg)}°, {NumberText.Plain(window.MaxDeg)}°] at {NumberText.KeV(energyKeV)} keV."));
        }
        if (tablePending)
        {
            return StageResult<SelectionResult>.Ok(new SelectionResult(h, false, null, true, null));
        }
        if (table?.Find(h) is { } row)
        {
            return StageResult<SelectionResult>.Ok(new SelectionResult(h, false, row, true, null));
        }
        try
        {
            var verdict = ReflectionExplainer.Explain(c.Crystal, h, energyKeV, window.MinDeg, window.MaxDeg, options);
            return StageResult<SelectionResult>.Ok(new SelectionResult(h, false, null, verdict.IsReachable, verdict.Message));
        }
        catch (InputException ex)
        {
            // The user's choice stays chosen whatever the energy: when |F|² cannot be computed (f0 or f′/f″ table range), say why.
            return StageResult<SelectionResult>.Ok(new SelectionResult(h, false, null, false,
                $"|F{h.InParentheses}|² cannot be computed: {ex.Problem.Message}"));
        }
    }

    /// <summary>Reachability of every row of <paramref name="table"/> with the mount of <paramref name="key"/> (up defaults to Q of
    /// the selected reflection, as in the orientation stage), each row found when first read (<see cref="LazyReachabilityRows"/>).</summary>
    /// <exception cref="OperationCanceledException">when <paramref name="cancel"/> has fired.</exception>
    public static ReachabilityTable Reach(ReflectionTable table, OrientationKey key, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(key);
        cancel.ThrowIfCancellationRequested();
        var cell = key.Crystal.Crystal.Cell;
        var up = key.Up ?? LatticeVector.Plane(key.Hkl.H, key.Hkl.K, key.Hkl.L);
        var mount = SampleFrame.Mount(cell, up, key.Front);
        var profile = PlanGoniometer.Profile(key.Goniometer, key.Limits);
        var (energy, min, max) = (key.EnergyKeV, table.TwoThetaMinDeg, table.TwoThetaMaxDeg);
        var rows = new LazyReachabilityRows(table.Rows.Select(r => r.Hkl), h => Reachability.EvaluateOne(cell, (h.H, h.K, h.L), energy, mount, profile, min, max));
        var text = key.Up is null ? $"up = Q of the selected reflection {NumberText.Miller(key.Hkl)}" : $"up = {up}";
        return new ReachabilityTable(rows, profile.Axes.ToDictionary(a => a.AsciiName, a => a.Name), $"{text}, {profile.Name} limits");
    }
}
