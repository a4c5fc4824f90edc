using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>A camera preset: where the camera looks from (unit vector from the target to the camera) and its up vector,
/// in glTF axes.</summary>
/// <param name="Name">Stable id (reset, beam, side, above, q, a, b, c).</param>
/// <param name="Title">Button text.</param>
/// <param name="Direction">Unit vector from the target to the camera.</param>
/// <param name="Up">Camera up, ⟂ direction.</param>
public sealed record SceneView(string Name, string Title, Vec3 Direction, Vec3 Up);

/// <summary>The 3D picture of one plan: named nodes in glTF axes (+Y = lab vertical up), the one matrix that maps the
/// goniometer profile's lab frame to those axes, the camera presets and the scales the picture states.</summary>
/// <param name="Nodes">Every node, parents before children, in a fixed order.</param>
/// <param name="LabToGltf">3×3 matrix from the lab frame L (docs/physics.md §6: x up, z beam) to glTF axes.</param>
/// <param name="LengthUnit">Unit of the scene's coordinates ("mm": one unit is one millimetre of the sample at scale 1).</param>
/// <param name="Views">Camera presets.</param>
/// <param name="Notes">The scales chosen and stated (also shown in the legend), one sentence each.</param>
public sealed record SceneModel(ValueList<SceneNode> Nodes, Mat3 LabToGltf, string LengthUnit, ValueList<SceneView> Views,
    ValueList<string> Notes)
{
    /// <summary>The node named <paramref name="name"/>, or null.</summary>
    public SceneNode? Find(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    /// <summary>World transform of a node (its parents' transforms applied), as a function of a local point.</summary>
    public Vec3 ToWorld(string name, Vec3 local)
    {
        var p = local;
        for (var node = Find(name); node is not null; node = node.Parent is { } parent ? Find(parent) : null)
        {
            p = node.Transform.Apply(p);
        }
        return p;
    }

    /// <summary>World rotation of a node (product of its and its parents' rotations).</summary>
    public Mat3 WorldRotation(string name)
    {
        var r = Mat3.Identity;
        for (var node = Find(name); node is not null; node = node.Parent is { } parent ? Find(parent) : null)
        {
            r = node.Transform.Rotation * r;
        }
        return r;
    }
}
