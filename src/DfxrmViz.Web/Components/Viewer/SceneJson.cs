using System.Globalization;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Web.Components.Viewer;

/// <summary>The JSON text the viewer module reads (src/DfxrmViz.Viewer/src/viewer.js applyDiff): camelCase, flat number arrays,
/// absent fields left out and numbers to 7 significant digits (the GPU draws in 32-bit floats), so a change is small.</summary>
public static class SceneJson
{
    /// <summary>The diff as JSON text.</summary>
    public static string Write(SceneDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteBoolean("reset", diff.Reset);
            Nodes(w, "added", diff.Added);
            Nodes(w, "updated", diff.Updated);
            w.WriteStartArray("removed");
            foreach (var name in diff.Removed)
            {
                w.WriteStringValue(name);
            }
            w.WriteEndArray();
            if (diff.Views is { } views)
            {
                w.WriteStartArray("views");
                foreach (var v in views)
                {
                    w.WriteStartObject();
                    w.WriteString("name", v.Name);
                    w.WriteString("title", v.Title);
                    Vector(w, "direction", v.Direction);
                    Vector(w, "up", v.Up);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Nodes(Utf8JsonWriter w, string name, IEnumerable<SceneNode> nodes)
    {
        w.WriteStartArray(name);
        foreach (var n in nodes)
        {
            Node(w, n);
        }
        w.WriteEndArray();
    }

    private static void Node(Utf8JsonWriter w, SceneNode n)
    {
        w.WriteStartObject();
        w.WriteString("name", n.Name);
        if (n.Parent is { } parent)
        {
            w.WriteString("parent", parent);
        }
        w.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
        w.WriteString("layer", n.Layer.ToString().ToLowerInvariant());
        var t = n.Transform;
        if (t.Translation != Vec3.Zero)
        {
            Vector(w, "p", t.Translation);
        }
        if (t.Rotation != Mat3.Identity)
        {
            var (x, y, z, qw) = t.Quaternion();
            Numbers(w, "q", [x, y, z, qw]);
        }
        if (t.Scale != 1)
        {
            Number(w, "s", t.Scale);
        }
        w.WriteString("color", n.Color);
        Number(w, "opacity", n.Opacity);
        var g = n.Geometry;
        if (g.Size is { } size)
        {
            Vector(w, "size", size);
        }
        Optional(w, "radius", g.Radius);
        Optional(w, "radius2", g.Radius2);
        Optional(w, "length", g.Length);
        Optional(w, "sweep", g.SweepRad);
        if (g.Points is { } points)
        {
            Numbers(w, "points", points.SelectMany(p => new[] { p.X, p.Y, p.Z }));
        }
        if (g.Triangles is { } triangles)
        {
            w.WriteStartArray("triangles");
            foreach (var i in triangles)
            {
                w.WriteNumberValue(i);
            }
            w.WriteEndArray();
        }
        if (g.Instances is { } instances)
        {
            Numbers(w, "instances", instances.SelectMany(i => new[] { i.Position.X, i.Position.Y, i.Position.Z }));
        }
        if (g.Text is { } text)
        {
            w.WriteString("text", text);
        }
        if (g.Legend is { } legend)
        {
            w.WriteStartArray("legend");
            foreach (var e in legend)
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                if (e.Color is { } color)
                {
                    w.WriteString("color", color);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            Number(w, name, v);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(Short(value));
    }

    private static void Vector(Utf8JsonWriter w, string name, Vec3 v) => Numbers(w, name, [v.X, v.Y, v.Z]);

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteRawValue(Short(v));
        }
        w.WriteEndArray();
    }

    /// <summary>7 significant digits; the scene has no non-finite numbers (Core replaces them), 0 stands in just in case.</summary>
    private static string Short(double v) => double.IsFinite(v) ? v.ToString("G7", CultureInfo.InvariantCulture) : "0";
}
