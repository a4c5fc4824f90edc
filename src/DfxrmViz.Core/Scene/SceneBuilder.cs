namespace DfxrmViz.Core.Scene;

/// <summary>Builds the 3D scene of one plan: a pure, deterministic function of <see cref="SceneInputs"/>. Everything is
/// placed in the goniometer profile's lab frame L and mapped to glTF axes by <see cref="SceneAxes.LabToGltf"/>; the sample
/// sits on the goniometer at the drawn angles (Γ applied), so the beams run along the lab axes.</summary>
public static class SceneBuilder
{
    /// <summary>The scene; never throws for out-of-range numbers (they are replaced by safe values and the legend says which scales apply).</summary>
    public static SceneModel Build(SceneInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(inputs.View);
        var f = new SceneFrame(inputs with { View = inputs.View.WithoutCamera });
        var nodes = new List<SceneNode>();
        nodes.AddRange(GoniometerNodes.Build(f));
        var top = inputs.Profile.Axes.Count > 0 ? GoniometerNodes.StageName(inputs.Profile.Axes[^1].AsciiName) : null;
        nodes.AddRange(SampleNodes.Build(f, top));
        var atoms = CellAtoms.Drawn(inputs.Cell, inputs.Sites, f.View.CellRange);
        var cell = CellLayout.For(f);
        nodes.AddRange(CellNodes.Build(f, cell, atoms));
        var optics = OpticsLayout.For(f);
        nodes.AddRange(BeamNodes.Build(f, optics));
        nodes.AddRange(LensNodes.Build(f, optics));
        nodes.AddRange(LabAxesNodes.Build(f));
        var notes = LegendNodes.Notes(f, cell, optics);
        nodes.AddRange(LegendNodes.Build(f, cell, atoms, notes));
        return new SceneModel(new(nodes), SceneAxes.LabToGltf, "mm", new(SceneViews.Build(f)), new(notes));
    }
}
