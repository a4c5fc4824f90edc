using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>Small constructors for scene nodes, so the parts of the builder read as a list of what is drawn.</summary>
internal static class SceneNodes
{
    public static readonly ValueMap<SceneValue> NoExtras = ValueMap<SceneValue>.Empty;

    public static SceneNode Node(string name, string? parent, SceneNodeKind kind, SceneLayer layer, SceneTransform transform,
        string color, double opacity, SceneGeometry geometry, ValueMap<SceneValue>? extras = null) =>
        new(name, parent, kind, layer, transform, color, opacity, geometry, extras ?? NoExtras);

    public static SceneNode Group(string name, string? parent, SceneLayer layer, SceneTransform transform, ValueMap<SceneValue>? extras = null) =>
        Node(name, parent, SceneNodeKind.Group, layer, transform, "#000000", 1, SceneGeometry.None, extras);

    public static SceneNode Label(string name, string? parent, SceneLayer layer, Vec3 at, string text, string color = "#202124") =>
        Node(name, parent, SceneNodeKind.Label, layer, SceneTransform.At(at), color, 1, new SceneGeometry { Text = text });

    public static SceneNode Arrow(string name, string? parent, SceneLayer layer, Vec3 from, Vec3 to, double shaftRadius, string color,
        ValueMap<SceneValue>? extras = null)
    {
        var length = (to - from).Norm;
        var head = Math.Min(0.3 * length, 6 * shaftRadius);
        return Node(name, parent, SceneNodeKind.Arrow, layer, SceneTransform.Identity, color, 1,
            new SceneGeometry { Points = new([from, to]), Radius = shaftRadius, Radius2 = 2.4 * shaftRadius, Length = head }, extras);
    }

    public static SceneNode Lines(string name, string? parent, SceneLayer layer, IEnumerable<Vec3> segmentPairs, string color, double opacity = 1) =>
        Node(name, parent, SceneNodeKind.Lines, layer, SceneTransform.Identity, color, opacity, new SceneGeometry { Points = new(segmentPairs) });

    public static SceneNode Arc(string name, string? parent, SceneLayer layer, Mat3 planeBasis, Vec3 centre, double radius, double tube,
        double sweepRad, string color, double opacity = 1) =>
        Node(name, parent, SceneNodeKind.Arc, layer, new SceneTransform(centre, planeBasis, 1), color, opacity,
            new SceneGeometry { Radius = radius, Radius2 = tube, SweepRad = sweepRad });

    public static ValueMap<SceneValue> Extras(params (string Key, SceneValue Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, SceneValue>(v.Key, v.Value)));
}
