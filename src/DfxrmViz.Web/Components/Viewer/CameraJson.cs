using System.Text.Json;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Web.Components.Viewer;

/// <summary>The viewer's camera state as plain JSON ({position, target, up, zoom}: docs/api.md "Page hooks") ↔ <see cref="CameraState"/>.</summary>
public static class CameraJson
{
    /// <summary>Reads the viewer's camera JSON; null when it is not a camera (missing or non-finite numbers).</summary>
    public static CameraState? Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !TryVec(e, "position", out var p) || !TryVec(e, "target", out var t) || !TryVec(e, "up", out var u)
            || !e.TryGetProperty("zoom", out var z) || z.ValueKind != JsonValueKind.Number || !double.IsFinite(z.GetDouble()))
        {
            return null;
        }
        return new CameraState(p, t, u, z.GetDouble());
    }

    /// <summary>Reads camera JSON text.</summary>
    public static CameraState? Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    /// <summary>The object the viewer's setCamera takes.</summary>
    public static object ToJs(CameraState c) => new
    {
        position = c.Position.ToArray(),
        target = c.Target.ToArray(),
        up = c.Up.ToArray(),
        zoom = c.Zoom,
    };

    private static bool TryVec(JsonElement e, string name, out Vec3 v)
    {
        v = Vec3.Zero;
        if (!e.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() != 3)
        {
            return false;
        }
        v = new Vec3(a[0].GetDouble(), a[1].GetDouble(), a[2].GetDouble());
        return v.IsFinite;
    }
}
