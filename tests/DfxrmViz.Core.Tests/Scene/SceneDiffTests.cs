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
}
