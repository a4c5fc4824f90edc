using System.Text.Json;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Viewer;

namespace DfxrmViz.Web.Services.Rooms;

/// <summary>Cameras in room messages: the viewer's camera JSON ({position, target, up, zoom}: docs/api.md "Page hooks"),
/// and the test that tells a camera move from an edit of the plan.</summary>
public static class RoomCamera
{
    /// <summary>The camera as message text.</summary>
    public static string Write(CameraState camera) => JsonSerializer.Serialize(CameraJson.ToJs(camera));

    /// <summary>The camera of a message; null for anything that is not one (a message from another instance is not trusted).</summary>
    public static CameraState? Read(string json)
    {
        try
        {
            return CameraJson.Read(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether two plans differ at most in the camera.</summary>
    public static bool SameButCamera(Plan a, Plan b) =>
        (a with { View = a.View.WithoutCamera }).Equals(b with { View = b.View.WithoutCamera });
}
