using DfxrmViz.Core.Scene;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>Which scene labels win where labels crowd, in the viewer's order (src/DfxrmViz.Viewer/src/labels-declutter.js,
/// PRIORITY and FIRST): the cell's, the sample's, then Q and 2θ (they name the reflection), the other beams' labels, the
/// lens and detector, the goniometer angles, the lab axes. Higher is placed first.</summary>
internal static class SceneLabelPriority
{
    /// <summary>Q and 2θ go before the other beams' labels.</summary>
    private static readonly HashSet<string> First = ["q-vector label", "two-theta label"];

    public static double Of(SceneNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var rank = node.Layer switch
        {
            SceneLayer.Cell => 0,
            SceneLayer.Sample => 1,
            SceneLayer.Beams when First.Contains(node.Name) => 1.5,
            SceneLayer.Beams => 2,
            SceneLayer.Lens => 3,
            SceneLayer.Goniometer => 4,
            _ => 5,
        };
        return 5 - rank;
    }
}
