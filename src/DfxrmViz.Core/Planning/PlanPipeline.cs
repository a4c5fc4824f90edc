using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Scene;
using DfxrmViz.Core.Units;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning;

/// <summary>One pure function from a <see cref="Plan"/> to its <see cref="PlanResults"/>, in stages: crystal → material →
/// reflections → orientation → mount check → lens → pre-flight. Each stage is memoized on its own inputs, so an energy change
/// re-reads no CIF, rebuilds no attenuation curve and re-reads no lens file. <see cref="ComputeQuick"/> gives the cheap
/// numbers (2θ, attenuation, angles) without waiting for the reflection table; <see cref="Compute(Plan)"/> gives everything.</summary>
/// <param name="crystals">Parsed crystals (default: the process-wide cache).</param>
public sealed class PlanPipeline(CrystalCache? crystals = null)
{
    private readonly CrystalCache _crystals = crystals ?? CrystalCache.Shared;
    private readonly Memo<(LoadedCrystal, double, double, AttenuationTable, AttenuationKind, double), StageResult<AbsorptionResult>> _absorption = new(4);
    private readonly Memo<(LoadedCrystal, AttenuationTable, AttenuationKind, double, double), StageResult<AttenuationCurve>> _curves = new(4);
    private readonly Memo<(LoadedCrystal, double, double, double, ScatteringOptions, bool), StageResult<ReflectionTable>> _tables = new(4);
    private readonly Memo<(ReflectionTable?, LoadedCrystal, Hkl?, double, PlanWindow, ScatteringOptions, bool), StageResult<SelectionResult>> _selection = new(4);
    private readonly Memo<OrientationKey, StageResult<PlannedOrientation>> _orientation = new(8);
    private readonly Memo<(ReflectionTable, OrientationKey), StageResult<ReachabilityTable>> _reach = new(2);
    private readonly Memo<(PlannedOrientation, MountCheckPlan), StageResult<MountCheckResult>> _mount = new(4);
    private readonly Memo<LensSource, StageResult<LensFile>> _lensFiles = new(4);
    private readonly Memo<LensKey, StageResult<LensOutcome>> _lens = new(4);
    private readonly Memo<(LensFile, double, LensDistance, LensModel), StageResult<LensCurve>> _lensCurves = new(2);
    private readonly Memo<SceneKey, StageResult<SceneModel>> _scenes = new(2);

    /// <summary>Everything, reflection table and reachability included.</summary>
    public PlanResults Compute(Plan plan) => Run(plan, PlanPhase.Full);

    /// <summary>The cheap stages only: the reflection table, reachability, the lens plot and whatever waits for the default
    /// reflection are <see cref="StageResult{T}.Pending"/>.</summary>
    public PlanResults ComputeQuick(Plan plan) => Run(plan, PlanPhase.Quick);

    /// <summary>The stages of <paramref name="phase"/> and before (later ones pending); <paramref name="cancel"/> stops the
    /// reachability of a plan that is no longer shown (nothing half-done is memoized).</summary>
    public PlanResults Compute(Plan plan, PlanPhase phase, CancellationToken cancel = default) => Run(plan, phase, cancel);

    /// <summary>The crystal stage: read once per source, shared across sessions.</summary>
    public CrystalRead Crystal(CrystalSource source) => _crystals.Read(source);

    /// <summary>The reflection table stage (also POST /api/v1/reflections).</summary>
    public StageResult<ReflectionTable> Reflections(LoadedCrystal c, double energyKeV, double minDeg, double maxDeg, ScatteringOptions options,
        bool includeAbsent = false) => _tables.Get((c, energyKeV, minDeg, maxDeg, options, includeAbsent), k =>
            StageResult<ReflectionTable>.Run(() => ReflectionCalculator.Compute(k.Item1.Crystal, k.Item2, k.Item3, k.Item4, k.Item5, k.Item6), "energyKeV"));

    /// <summary>The orientation stage (also POST /api/v1/orientation).</summary>
    public StageResult<PlannedOrientation> Orientation(OrientationKey key) =>
        _orientation.Get(key, k => StageResult<PlannedOrientation>.Run(() => OrientationStage.Compute(k), "hkl"));

    /// <summary>The lens file stage: each source read once.</summary>
    public StageResult<LensFile> LensFile(LensSource source) => _lensFiles.Get(source, s => StageResult<LensFile>.Run(
        () => s.Text is { } text ? LensFileReader.Read(text) : LensFileReader.ReadBuiltin(s.Builtin ?? "id06"), "lens"));

    /// <summary>The lens stage (also POST /api/v1/lens).</summary>
    public StageResult<LensOutcome> Lens(LensKey key) => _lens.Get(key, k => StageResult<LensOutcome>.Run(() =>
    {
        var request = new LensRequest(k.EnergyKeV, k.TwoThetaDeg, k.Distance.Projected ? null : k.Distance.Mm, k.Distance.Projected ? k.Distance.Mm : null,
            k.Model, k.ApertureRadiusUm, k.WebThicknessUm);
        return LensOutcome.Of(k.File, LensCalculator.Compute(k.File, request, AtomicOpticsData.XrayDb), k.ApertureRadiusUm is not null);
    }, "lens"));

    private PlanResults Run(Plan plan, PlanPhase phase, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = _crystals.Read(plan.Crystal);
        if (read.Crystal is not { } c)
        {
            return PlanResultsOf.CrystalFailed(plan, read.Problem!);
        }
        var absorption = _absorption.Get((c, plan.EnergyKeV, plan.SampleUm.Thickness, plan.Table, plan.Kind, plan.WarnBelowPercent), AbsorptionOf);
        var (lo, hi) = PlotRanges.Attenuation(plan.EnergyKeV, plan.Table);
        var curve = _curves.Get((c, plan.Table, plan.Kind, lo, hi), k => k.Item1.Material is { } m
            ? StageResult<AttenuationCurve>.Run(() => AttenuationCurve.Compute(m, k.Item2, k.Item3, k.Item4, k.Item5), "energyKeV")
            : StageResult<AttenuationCurve>.Failed(k.Item1.MaterialProblem!));
        var window = PlanWindow.Of(plan);
        var options = new ScatteringOptions(plan.F0, plan.Anomalous);
        var full = phase == PlanPhase.Full;
        var table = phase >= PlanPhase.Table ? Reflections(c, plan.EnergyKeV, window.MinDeg, window.MaxDeg, options) : StageResult<ReflectionTable>.Pending;
        var selection = plan.Hkl is null && table.Value is null ? table.Carry<SelectionResult>()
            : _selection.Get((table.Value, c, plan.Hkl, plan.EnergyKeV, window, options, table.IsPending),
                k => Selections.Of(k.Item1, k.Item2, k.Item3, k.Item4, k.Item5, k.Item6, k.Item7));
        var hkl = selection.Value?.Hkl;
        var bragg = hkl is { } h ? StageResult<BraggResult>.Run(() => BraggOf(c, h, plan.EnergyKeV), "energyKeV")
            : selection.Value is not null ? StageResult<BraggResult>.Failed(new InputProblem("plan.hkl", "No reflection is selected.")) : selection.Carry<BraggResult>();
        var key = hkl is { } k2 ? OrientationKey.Of(plan, c, k2) : null;
        var orientation = key is not null ? Orientation(key) : bragg.Carry<PlannedOrientation>();
        var reach = !full ? StageResult<ReachabilityTable>.Pending : key is not null && table.Value is { } t ? _reach.Get((t, key), x => StageResult<ReachabilityTable>.Run(() => Selections.Reach(x.Item1, x.Item2, cancel), "front"))
            : table.Value is null ? table.Carry<ReachabilityTable>() : bragg.Carry<ReachabilityTable>();
        var mount = plan.MountCheck is { Found.Count: > 0 } m ? MountOf(orientation, c, plan, m, hkl) : null;
        StageResult<LensOutcome>? lens = null;
        StageResult<LensCurve>? lensCurve = null;
        if (plan.Lens is { } source)
        {
            var file = LensFile(source);
            lens = file.Value is not { } f ? file.Carry<LensOutcome>() : bragg.Value is not { } b ? bragg.Carry<LensOutcome>()
                : Lens(new LensKey(f, plan.EnergyKeV, b.TwoThetaDeg, plan.Distance, plan.LensModel, plan.ApertureRadiusUm, plan.WebThicknessUm));
            lensCurve = phase < PlanPhase.Table ? StageResult<LensCurve>.Pending : file.Value is not { } f2 ? file.Carry<LensCurve>() : bragg.Value is not { } b2 ? bragg.Carry<LensCurve>()
                : _lensCurves.Get((f2, b2.TwoThetaDeg, plan.Distance, plan.LensModel), x => StageResult<LensCurve>.Run(() => new LensCurve(LensEnergyCurve.Compute(
                    x.Item1, PlotRanges.LensEnergiesKeV, x.Item2, x.Item3.Projected ? null : x.Item3.Mm, x.Item3.Projected ? x.Item3.Mm : null, x.Item4,
                    AtomicOpticsData.XrayDb)), "lens"));
        }
        var preflight = Preflight.Checks(plan, c, absorption, table, selection, bragg, orientation, reach, mount, window);
        var scene = orientation.Value is { } o && hkl is { } sh ? Scene(new SceneKey(c, sh, plan.EnergyKeV, o, plan.SampleUm, lens?.Value?.Result,
            plan.Lens is null ? null : plan.Distance, plan.View.WithoutCamera)) : orientation.Carry<SceneModel>();
        return new PlanResults(plan, full, StageResult<LoadedCrystal>.Ok(c), absorption, curve, table, selection, bragg, orientation, reach, mount, lens, lensCurve,
            preflight, scene);
    }

    /// <summary>The scene stage (also POST /api/v1/export/scene.glb): rebuilt only when what it draws changes, never for a camera move.</summary>
    public StageResult<SceneModel> Scene(SceneKey key) => _scenes.Get(key, k => StageResult<SceneModel>.Run(() =>
        SceneBuilder.Build(SceneInputsFactory.Create(k.Crystal.Crystal, new Numerics.Vec3(k.Hkl.H, k.Hkl.K, k.Hkl.L), k.EnergyKeV, k.Orientation.Result,
            k.Orientation.Profile, k.Orientation.ChosenIndex, k.Sample, k.Lens, k.DetectorDistanceMm(), k.View)), "view"));

    private StageResult<MountCheckResult> MountOf(StageResult<PlannedOrientation> orientation, LoadedCrystal c, Plan plan, MountCheckPlan m, Hkl? hkl) =>
        orientation.Value is not { } o || hkl is not { } h ? orientation.Carry<MountCheckResult>()
            : _mount.Get((o, m), k => StageResult<MountCheckResult>.Run(() => OrientationStage.CheckMount(k.Item1, c, plan.EnergyKeV, k.Item2, h), "mountCheck"));

    private static StageResult<AbsorptionResult> AbsorptionOf((LoadedCrystal C, double E, double T, AttenuationTable Table, AttenuationKind Kind, double Warn) k)
    {
        if (k.C.Material is not { } material)
        {
            return StageResult<AbsorptionResult>.Failed(k.C.MaterialProblem!);
        }
        return StageResult<AbsorptionResult>.Run(() =>
        {
            var (mu, length, transmission) = AbsorptionResult.PointAt(material, k.E, k.T, k.Table, k.Kind);
            var (lo, hi) = PlotRanges.Attenuation(k.E, k.Table);
            var verdict = AbsorptionVerdict.Of(material, k.E, k.T, transmission, k.Warn / 100, k.Table, k.Kind, lo, hi);
            return new AbsorptionResult(k.E, k.T, k.Table, k.Kind, mu, length, transmission, material.DensityGPerCm3, MassAttenuation.TableName(k.Table),
                k.Warn / 100, verdict);
        }, "energyKeV");
    }

    private static BraggResult BraggOf(LoadedCrystal c, Hkl h, double energyKeV)
    {
        var v = new Numerics.Vec3(h.H, h.K, h.L);
        var theta = BraggGeometry.ThetaRad(c.Crystal.Cell, v, energyKeV);
        return new BraggResult(h, energyKeV, Photon.WavelengthA(energyKeV), c.Crystal.Cell.DSpacingA(v), 2 * theta * 180 / Math.PI);
    }
}
