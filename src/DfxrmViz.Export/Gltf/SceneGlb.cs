using System.Numerics;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using SharpGLTF.Schema2;
using SharpGLTF.Transforms;

namespace DfxrmViz.Export.Gltf;

/// <summary>Writes a scene as glTF 2.0 binary (docs/api.md "The 3D scene in scene.glb"): one glTF node per scene node with
/// the same name, transform and extras; instanced nodes (atoms, lenslets) become one node per instance under the
/// instanced node's parent; labels and the legend are nodes with their text in extras. Same scene → same bytes.</summary>
public static class SceneGlb
{
    /// <summary>The .glb bytes of <paramref name="scene"/>.</summary>
    public static byte[] Write(SceneModel scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var root = ModelRoot.CreateModel();
        root.Asset.Generator = "DfxrmViz";
        root.Asset.Extras = new JsonObject
        {
            ["labToGltf"] = Matrix(scene.LabToGltf),
            ["lengthUnit"] = scene.LengthUnit,
            ["notes"] = new JsonArray([.. scene.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
        var gltfScene = root.UseScene("scene");
        var builder = new GltfModelBuilder(root);
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var n in scene.Nodes)
        {
            IVisualNodeContainer parent = n.Parent is { } p && nodes.TryGetValue(p, out var pn) ? pn : gltfScene;
            if (n.Kind is SceneNodeKind.Spheres or SceneNodeKind.Discs)
            {
                WriteInstances(builder, parent, n);
                continue;
            }
            var node = parent.CreateNode(n.Name);
            node.LocalTransform = Transform(n.Transform);
            node.Mesh = Mesh(builder, n);
            var extras = Extras(n);
            if (extras.Count > 0)
            {
                node.Extras = extras;
            }
            nodes[n.Name] = node;
        }
        return root.WriteGLB().ToArray();
    }

    private static void WriteInstances(GltfModelBuilder builder, IVisualNodeContainer parent, SceneNode n)
    {
        var g = n.Geometry;
        var data = new MeshData(false);
        if (n.Kind == SceneNodeKind.Spheres)
        {
            MeshShapes.Sphere(data, Vec3.Zero, g.Radius ?? 0.5);
        }
        else
        {
            var half = (g.Length ?? 0.1) / 2;
            MeshShapes.Cylinder(data, new Vec3(-half, 0, 0), new Vec3(half, 0, 0), g.Radius ?? 1, g.Radius ?? 1);
        }
        var mesh = builder.Mesh(n.Name, data, n.Color, n.Opacity);
        foreach (var instance in g.Instances ?? ValueList<SceneInstance>.Empty)
        {
            var node = parent.CreateNode(instance.Name);
            node.LocalTransform = Transform(n.Transform with { Translation = n.Transform.Apply(instance.Position) });
            node.Mesh = mesh;
            if (instance.Fractional is { } f)
            {
                node.Extras = new JsonObject { ["fractional"] = Vector(f) };
            }
        }
    }

    private static Mesh? Mesh(GltfModelBuilder builder, SceneNode n)
    {
        var g = n.Geometry;
        var data = new MeshData(n.Kind == SceneNodeKind.Lines);
        var points = g.Points ?? ValueList<Vec3>.Empty;
        switch (n.Kind)
        {
            case SceneNodeKind.Box:
                MeshShapes.Box(data, g.Size ?? new Vec3(1, 1, 1));
                break;
            case SceneNodeKind.Cylinder when points.Count == 2:
                MeshShapes.Cylinder(data, points[0], points[1], g.Radius ?? 0.1, g.Radius2 ?? g.Radius ?? 0.1);
                break;
            case SceneNodeKind.Sticks:
                for (var i = 0; i + 1 < points.Count; i += 2)
                {
                    MeshShapes.Cylinder(data, points[i], points[i + 1], g.Radius ?? 0.1, g.Radius ?? 0.1);
                }
                break;
            case SceneNodeKind.Arrow when points.Count == 2:
                MeshShapes.Arrow(data, points[0], points[1], g.Radius ?? 0.01, g.Radius2 ?? 0.03, g.Length ?? 0.1);
                break;
            case SceneNodeKind.Lines:
                for (var i = 0; i + 1 < points.Count; i += 2)
                {
                    data.Segment(MeshShapes.V(points[i]), MeshShapes.V(points[i + 1]));
                }
                break;
            case SceneNodeKind.Arc:
                MeshShapes.Arc(data, g.Radius ?? 1, g.Radius2 ?? 0.01, g.SweepRad ?? 2 * Math.PI);
                break;
            case SceneNodeKind.Polyhedron:
                MeshShapes.Triangles(data, points, g.Triangles ?? ValueList<int>.Empty);
                break;
            default:
                return null;
        }
        var mesh = builder.Mesh(n.Name, data, n.Color, n.Opacity);
        // Edges as the viewer draws them: boxes other than the beams (whose edges would hide the beam's colour).
        if (mesh is not null && n.Kind == SceneNodeKind.Box && n.Layer != SceneLayer.Beams)
        {
            var edges = new MeshData(true);
            MeshShapes.BoxEdges(edges, g.Size ?? new Vec3(1, 1, 1));
            builder.AddPrimitiveIfAny(mesh, edges, "#37474f");
        }
        return mesh;
    }

    private static JsonObject Extras(SceneNode n)
    {
        var extras = new JsonObject();
        foreach (var (key, value) in n.Extras)
        {
            extras[key] = value.Number is double d ? JsonValue.Create(d)
                : value.Vector is { } v ? new JsonArray([.. v.Select(x => (JsonNode?)JsonValue.Create(x))])
                : JsonValue.Create(value.Text);
        }
        if (n.Geometry.Text is { } text)
        {
            extras["label"] = text;
        }
        if (n.Geometry.Legend is { } legend)
        {
            extras["legend"] = new JsonArray([.. legend.Select(e => (JsonNode?)JsonValue.Create(e.Text))]);
        }
        return extras;
    }

    private static AffineTransform Transform(SceneTransform t)
    {
        var (x, y, z, w) = t.Quaternion();
        return new AffineTransform(new Vector3((float)t.Scale), new Quaternion((float)x, (float)y, (float)z, (float)w),
            new Vector3((float)t.Translation.X, (float)t.Translation.Y, (float)t.Translation.Z));
    }

    private static JsonArray Vector(Vec3 v) => [v.X, v.Y, v.Z];

    private static JsonArray Matrix(Mat3 m) => [Vector(m.Row(0)), Vector(m.Row(1)), Vector(m.Row(2))];
}
