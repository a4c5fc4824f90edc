using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Web.Components.Viewer;

/// <summary>The prerendered page's scene, drawn before the circuit is up (src/DfxrmViz.Viewer/src/boot.js): the viewer stage's
/// <c>data-boot</c> attribute holds <c>{ key, projection, camera, scene }</c> — data, not script, so the CSP's script-src 'self'
/// stands — and the circuit, finding the viewer already holds the scene of that key, sends no first diff.</summary>
public static class ViewerBoot
{
    /// <summary>The whole scene as the viewer's JSON (the diff from nothing).</summary>
    public static string SceneJsonOf(SceneModel scene) => SceneJson.Write(SceneDiff.Between(null, scene));

    /// <summary>Names a whole scene: the first 16 hex digits of the SHA-256 of its JSON (same plan, same scene, same key).</summary>
    public static string Key(string sceneJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sceneJson)))[..16];

    /// <summary>The <c>data-boot</c> attribute's JSON for <paramref name="scene"/> seen with <paramref name="view"/>.</summary>
    public static string Data(SceneModel scene, ViewOptions view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sceneJson = SceneJsonOf(scene);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("key", Key(sceneJson));
            w.WriteString("projection", view.Projection == Projection.Perspective ? "perspective" : "orthographic");
            w.WritePropertyName("camera");
            if (view.Camera is { } camera)
            {
                JsonSerializer.Serialize(w, CameraJson.ToJs(camera));
            }
            else
            {
                w.WriteNullValue();
            }
            w.WritePropertyName("scene");
            w.WriteRawValue(sceneJson);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
