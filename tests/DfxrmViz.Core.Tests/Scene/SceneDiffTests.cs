using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

public class SceneDiffTests
{
    [Fact]
    public void First_scene_is_sent_whole()
    {
        var scene = SceneBuilder.Build(SceneScenario.LiNbO3());
        var diff = SceneDiff.Between(null, scene);
        Assert.True(diff.Reset);
        Assert.Equal(scene.Nodes.Count, diff.Added.Count);
    }

    [Fact]
    public void Another_solution_turns_the_stages_sample_and_cell_but_not_the_atoms()
    {
        var first = SceneScenario.LiNbO3("esrf-dfxm");
        Assert.True(first.Orientation.Solutions.Solutions.Count >= 2);
        var a = SceneBuilder.Build(SceneScenario.LiNbO3("esrf-dfxm", solution: 0));
        var b = SceneBuilder.Build(SceneScenario.LiNbO3("esrf-dfxm", solution: 1));
        var diff = SceneDiff.Between(a, b);
        var updated = diff.Updated.Select(n => n.Name).ToHashSet();
        Assert.Contains("unit-cell", updated);
        Assert.Contains("sample", updated);
        Assert.Contains(updated, n => n.StartsWith("goniometer ", StringComparison.Ordinal));
        Assert.DoesNotContain("unit-cell atoms Nb", updated);
        Assert.DoesNotContain("beam-incident", updated);
        Assert.DoesNotContain("q-vector", updated);
        Assert.True(diff.Added.Count + diff.Updated.Count + diff.Removed.Count < a.Nodes.Count / 2, "a change sends a part of the scene");
    }

    [Fact]
    public void Hiding_the_cell_removes_its_drawing_but_keeps_the_physical_node()
    {
        var a = SceneBuilder.Build(SceneScenario.LiNbO3());
        var b = SceneBuilder.Build(SceneScenario.LiNbO3(view: ViewOptions.Default with { ShowCell = false }));
        var diff = SceneDiff.Between(a, b);
        Assert.Contains("unit-cell atoms Nb", diff.Removed);
        Assert.Contains("unit-cell edges", diff.Removed);
        Assert.NotNull(b.Find("unit-cell"));
        Assert.DoesNotContain(diff.Added, n => n.Name.StartsWith("unit-cell", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_energy_turns_the_cell_but_draws_it_with_the_same_children()
    {
        var crystal = DfxrmViz.Core.Crystal.CrystalLibrary.Load("LiNbO3");
        SceneInputs At(double energyKeV, ViewOptions? view = null) => SceneScenario.For(crystal, new(1, -1, 2), energyKeV,
            LatticeVector.Plane(0, 0, 1), LatticeVector.Plane(-1, -1, 0), "dfxrm-vis", view: view);
        var a = SceneBuilder.Build(At(17));
        var b = SceneBuilder.Build(At(18));
        var diff = SceneDiff.Between(a, b);
        Assert.NotEmpty(diff.Updated); // θ changed: beams and motors moved
        var children = a.Nodes.Where(n => n.Parent == "unit-cell").ToList();
        Assert.Contains(children, n => n.Name == "unit-cell atoms Nb");
        // The children are in the crystal frame: the second scene reuses the first one's (no copy to build, to diff or to send).
        Assert.All(children, n => Assert.Same(n, b.Find(n.Name)));
        Assert.DoesNotContain(diff.Updated, n => n.Parent == "unit-cell");

        // Whatever changes what the children show is part of the key: another cell range (the default is Extended) draws other atoms.
        var cellOnly = SceneBuilder.Build(At(18, ViewOptions.Default with { CellRange = CellRange.Cell }));
        static int Atoms(SceneModel s) => s.Nodes.Where(n => n.Name.StartsWith("unit-cell atoms ", StringComparison.Ordinal)).Sum(n => n.Geometry!.Instances!.Count);
        Assert.True(Atoms(cellOnly) < Atoms(a), $"{Atoms(cellOnly)} atoms in [0, 1], {Atoms(a)} in [−0.1, 1.1]");
    }
}
