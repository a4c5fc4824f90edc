using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Export.Pdf.Figure;
using DfxrmViz.Export.Pdf.Model;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Which projections of the 3D scene the logbook prints.</summary>
public enum LogbookSceneViews
{
    /// <summary>Along the beam and from the side (files made by the API).</summary>
    BeamAndSide,

    /// <summary>Along the camera the plan holds (downloaded from the page); beam and side when it holds none.</summary>
    Camera,
}

/// <summary>What a logbook page needs besides the plan's results.</summary>
/// <param name="CreatedUtc">When it is made (the only thing that differs between two reports of one plan).</param>
/// <param name="ReopenUrl">Absolute address that reopens the plan, or null.</param>
/// <param name="Views">Which 3D projections to draw.</param>
public sealed record LogbookContext(DateTimeOffset CreatedUtc, string? ReopenUrl, LogbookSceneViews Views = LogbookSceneViews.BeamAndSide);

/// <summary>The logbook data of a plan, from the same <see cref="PlanResults"/> the page shows (its numbers in the page's
/// formats): every input, the crystal, the attenuation curves, the reflection table with the selected row, every goniometer
/// solution with the chosen one, the 3D views, the lens numbers, the pre-flight verdicts and every warning.</summary>
public static class PlanLogbook
{
    /// <summary>The data of <paramref name="results"/> (computed in full: <see cref="PlanPipeline.Compute(Plan)"/>).</summary>
    /// <exception cref="ArgumentException">the crystal could not be read (there is nothing to report on).</exception>
    public static LogbookReportData Of(PlanResults results, LogbookContext context)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        var crystal = results.Crystal.Value ?? throw new ArgumentException(
            "The plan's crystal cannot be read: " + results.Crystal.Problem?.Message, nameof(results));
        var plan = results.Plan;
        var hkl = results.Selection.Value?.Hkl;
        var title = $"DFXM plan: {UserText.Cut(crystal.Summary.Name)}" + (hkl is { } h ? " " + Miller(h) : "") + $" at {KeV(plan.EnergyKeV)} keV";
        return new LogbookReportData(title, context.CreatedUtc, ExportVersion.App, context.ReopenUrl,
            [.. results.Preflight.Select(p => new PreflightLine(Capitalised(p.Check), StatusWord(p.Status), p.Message))],
            Warnings(results),
            PlanLogbookInputs.Of(plan, crystal, results),
            PlanLogbookParts.Crystal(crystal, plan.Crystal),
            PlanLogbookParts.Absorption(results),
            results.Orientation.Value is { } o && results.Bragg.Value is { } b ? PlanLogbookParts.Geometry(o, b) : null,
            PlanLogbookParts.Reflections(results),
            results.Lens?.Value is { } lens ? PlanLogbookParts.Lens(lens, plan.Lens) : null,
            SceneViews(results, context.Views));
    }

    private static IReadOnlyList<VectorFigureBlock> SceneViews(PlanResults results, LogbookSceneViews views) =>
        results.Scene.Value is not { } scene ? []
        : views == LogbookSceneViews.Camera && results.Plan.View.Camera is { } camera ? [SceneFigure.AlongCamera(scene, camera)]
        : SceneFigure.BeamAndSide(scene);

    /// <summary>docs/api.md <c>preflight[].status</c> words.</summary>
    public static string StatusWord(PreflightStatus s) => s switch
    {
        PreflightStatus.Ok => "ok",
        PreflightStatus.Warning => "warning",
        PreflightStatus.Problem => "problem",
        _ => "unchecked",
    };

    /// <summary>Every warning and note the page shows beside its numbers, in page order (crystal, absorption, reflections,
    /// geometry, lens); the stage problems are included, so nothing the page says is missing from the logbook.</summary>
    public static IReadOnlyList<string> Warnings(PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = new List<string>();
        if (results.Crystal.Value is { } c)
        {
            list.AddRange(c.Crystal.Warnings.Select(w => $"Crystal: {w}"));
        }
        if (results.Absorption.Value is { } a)
        {
            list.AddRange(a.Verdict.EdgeNotes.Select(n => $"Absorption: {n}"));
        }
        var instrument = InstrumentProfiles.Get(results.Plan.Instrument);
        list.AddRange(instrument.Limits.Where(l => l.Limit.Assumption).Select(l =>
            $"{instrument.Name}: {l.Field} = {Fixed(l.Limit.Value, "0.###")} is an assumption. {l.Limit.Note}".TrimEnd()));
        Problem(list, "Absorption", results.Absorption.Problem?.Message);
        Problem(list, "Reflections", results.Reflections.Problem?.Message);
        Problem(list, "Selection", results.Selection.Problem?.Message ?? results.Selection.Value?.Reason);
        Problem(list, "Geometry", (results.Orientation.Problem ?? results.Bragg.Problem)?.Message);
        if (results.Orientation.Value is { } o)
        {
            var s = o.Result.Solutions;
            Problem(list, "Goniometer", o.SolutionNote);
            Problem(list, "Goniometer", s.ContinuousFamily ? "The axes are degenerate here (gimbal lock): one member of a continuous family of solutions is shown." : null);
            Problem(list, "Goniometer", s.Solutions.Count == 0 ? "No motor angles bring this reflection into Bragg condition." : null);
            Problem(list, "Goniometer", s.Blocked?.Message);
            if (s.Blocked is null && o.Chosen is { WithinLimits: false } chosen)
            {
                var outside = o.Profile.Axes.Where((ax, j) => !ax.Limits.Contains(chosen.AnglesDeg[j].Value)).Select(ax => ax.Name);
                list.Add($"Goniometer: the chosen solution lies outside the limits of {string.Join(", ", outside)}.");
            }
            Problem(list, "Geometry", o.AttenuationNote);
        }
        Problem(list, "Mount check", results.MountCheck?.Problem?.Message);
        Problem(list, "Lens", results.Lens?.Problem?.Message);
        if (results.Lens?.Value is { } lens)
        {
            list.AddRange(lens.File.Warnings.Select(n => $"Lens file, line {n.Line}: {n.Message}"));
            if (lens.File.UnusedKeys.Count > 0)
            {
                list.Add("Lens file: keys that were not used: " + string.Join(", ", lens.File.UnusedKeys.Select(k => $"{UserText.Cut(k.Key)} (line {k.Line})")));
            }
        }
        return list;
    }

    private static void Problem(List<string> list, string where, string? message)
    {
        if (!string.IsNullOrWhiteSpace(message) && !list.Contains($"{where}: {message}"))
        {
            list.Add($"{where}: {message}");
        }
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
