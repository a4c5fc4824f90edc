using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scene;
using DfxrmViz.Export.Gltf;

namespace DfxrmViz.Benchmarks.Scene;

/// <summary>The 3D scene of the LiNbO3 example (Plan.Example: x-cut wafer on (1 −1 2) at 17 keV, id06 lens): the scene model
/// built from the plan's results (what the pipeline's scene stage does), and the .glb written from it (docs/api.md "The 3D scene").</summary>
[MemoryDiagnoser]
[MedianColumn]
public class SceneBenchmarks
{
    private SceneInputs _inputs = null!;
    private SceneModel _scene = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = Plan.Example;
        var r = new PlanPipeline().Compute(plan);
        var o = r.Orientation.Value ?? throw new InvalidOperationException("the example has no orientation");
        var h = r.Selection.Value?.Hkl ?? throw new InvalidOperationException("the example has no reflection");
        var key = new SceneKey(r.Crystal.Value!, h, plan.EnergyKeV, o, plan.SampleUm, r.Lens?.Value?.Result, plan.Distance, plan.View.WithoutCamera);
        _inputs = SceneInputsFactory.Create(key.Crystal.Crystal, new(h.H, h.K, h.L), plan.EnergyKeV, o.Result, o.Profile, o.ChosenIndex,
            plan.SampleUm, key.Lens, key.DetectorDistanceMm(), key.View);
        _scene = SceneBuilder.Build(_inputs);
    }

    [Benchmark]
    public int BuildScene() => SceneBuilder.Build(_inputs).Nodes.Count;

    [Benchmark]
    public int WriteGlb() => SceneGlb.Write(_scene).Length;
}
