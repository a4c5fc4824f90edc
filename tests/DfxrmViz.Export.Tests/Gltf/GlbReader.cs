using System.Text.Json.Nodes;
using DfxrmViz.Core.Numerics;
using SharpGLTF.Schema2;

namespace DfxrmViz.Export.Tests.Gltf;

/// <summary>Reads a written .glb back with SharpGLTF (ModelRoot.ReadGLB) and gives the contract's extras as numbers.</summary>
internal sealed class GlbReader(byte[] bytes)
{
    public ModelRoot Model { get; } = ModelRoot.ReadGLB(new MemoryStream(bytes));

    public Node Node(string name) => Model.LogicalNodes.Single(n => n.Name == name);

    public Vec3 Vector(string node, string key) => ToVec(Extras(Node(node))[key]!);

    public double Number(string node, string key) => Extras(Node(node))[key]!.GetValue<double>();

    public static JsonObject Extras(ExtraProperties p) => (JsonObject)p.Extras!;

    public static Vec3 ToVec(JsonNode n) => new(n[0]!.GetValue<double>(), n[1]!.GetValue<double>(), n[2]!.GetValue<double>());

    /// <summary>World direction of the node's local x axis (float precision of the glTF transform).</summary>
    public Vec3 WorldAxisX(string node)
    {
        var m = Node(node).WorldMatrix;
        return new Vec3(m.M11, m.M12, m.M13).Normalized();
    }
}
