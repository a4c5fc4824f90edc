using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>What a node draws. Geometry is given in the node's own (local) coordinates.</summary>
public enum SceneNodeKind
{
    /// <summary>Nothing itself: a frame for its children (goniometer stages, the unit cell, the lens).</summary>
    Group,

    /// <summary>A box of <see cref="SceneGeometry.Size"/> centred on the origin, edges drawn.</summary>
    Box,

    /// <summary>One sphere of <see cref="SceneGeometry.Radius"/> per instance (atoms; drawn instanced).</summary>
    Spheres,

    /// <summary>One disc (radius, thickness <see cref="SceneGeometry.Length"/> along local x) per instance (lenslets).</summary>
    Discs,

    /// <summary>A cylinder or cone frustum from the first to the second point (radius at each end).</summary>
    Cylinder,

    /// <summary>Cylinders of one radius between point pairs (bonds).</summary>
    Sticks,

    /// <summary>An arrow from the first to the second point (shaft radius, head radius and length).</summary>
    Arrow,

    /// <summary>Line segments between point pairs (cell edges, beam axes).</summary>
    Lines,

    /// <summary>A circular tube of radius <see cref="SceneGeometry.Radius"/> about local z in the local x–y plane, from
    /// angle 0 (local x) through <see cref="SceneGeometry.SweepRad"/> (goniometer rings, the 2θ arc).</summary>
    Arc,

    /// <summary>Closed triangle meshes (coordination polyhedra): vertices and triangles, edges drawn.</summary>
    Polyhedron,

    /// <summary>A text label at the node's origin, readable at any zoom.</summary>
    Label,

    /// <summary>The legend and stated scales: drawn by the viewer as a fixed panel, not in 3D.</summary>
    Legend,
}

/// <summary>Which part of the experiment a node belongs to (for the viewer's presets and the tests).</summary>
public enum SceneLayer
{
    Sample,
    Cell,
    Beams,
    Lens,
    Goniometer,
    Axes,
    Legend,
}

/// <summary>One drawn copy of an instanced shape: a name (glTF child node), its position and, for atoms, the
/// fractional coordinates it was drawn at.</summary>
public sealed record SceneInstance(string Name, Vec3 Position, Vec3? Fractional = null);

/// <summary>One line of the legend: a colour swatch (or none, for a stated scale) and its text.</summary>
public sealed record LegendEntry(string Text, string? Color);

/// <summary>A physical value attached to a node (glTF <c>extras</c>): a number, a vector or a text.</summary>
public sealed record SceneValue(double? Number = null, ValueList<double>? Vector = null, string? Text = null)
{
    public static SceneValue Of(double number) => new(Number: number);

    public static SceneValue Of(Vec3 v) => new(Vector: new([v.X, v.Y, v.Z]));

    public static SceneValue Of(string text) => new(Text: text);
}

/// <summary>Shape parameters; only those of the node's kind are set (lengths in the node's local units).</summary>
public sealed record SceneGeometry
{
    public static SceneGeometry None { get; } = new();

    /// <summary>Box edge lengths along local x, y, z.</summary>
    public Vec3? Size { get; init; }

    /// <summary>Sphere, disc, tube or shaft radius (at the first point for a cylinder).</summary>
    public double? Radius { get; init; }

    /// <summary>Cylinder radius at the second point; arrow head radius.</summary>
    public double? Radius2 { get; init; }

    /// <summary>Disc thickness; arrow head length.</summary>
    public double? Length { get; init; }

    /// <summary>Arc sweep in radians.</summary>
    public double? SweepRad { get; init; }

    /// <summary>Points: segment pairs (lines, sticks), the two ends (cylinder, arrow) or the vertices (polyhedron).</summary>
    public ValueList<Vec3>? Points { get; init; }

    /// <summary>Triangles of a polyhedron, three vertex indices each, counter-clockwise seen from outside.</summary>
    public ValueList<int>? Triangles { get; init; }

    /// <summary>Instances of a sphere or disc.</summary>
    public ValueList<SceneInstance>? Instances { get; init; }

    /// <summary>Label text.</summary>
    public string? Text { get; init; }

    /// <summary>Legend lines.</summary>
    public ValueList<LegendEntry>? Legend { get; init; }
}

/// <summary>One named node of the scene. Names are unique; the parent (if any) comes earlier in the scene's node list.</summary>
/// <param name="Name">Unique name (the glTF node name; docs/api.md fixes those of the physical nodes).</param>
/// <param name="Parent">Name of the parent node, or null for a top-level node.</param>
/// <param name="Kind">What it draws.</param>
/// <param name="Layer">Which part of the experiment it belongs to.</param>
/// <param name="Transform">Placement in the parent's coordinates.</param>
/// <param name="Color">sRGB colour <c>#rrggbb</c>.</param>
/// <param name="Opacity">0 (invisible) … 1 (opaque).</param>
/// <param name="Geometry">Shape parameters of the kind.</param>
/// <param name="Extras">Physical values (glTF extras), keyed by the contract's names.</param>
public sealed record SceneNode(
    string Name,
    string? Parent,
    SceneNodeKind Kind,
    SceneLayer Layer,
    SceneTransform Transform,
    string Color,
    double Opacity,
    SceneGeometry Geometry,
    ValueMap<SceneValue> Extras);
