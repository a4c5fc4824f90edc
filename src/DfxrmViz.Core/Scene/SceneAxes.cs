using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>The one map from the lab frame L (docs/physics.md §6–§7: x_L up, z_L beam, y_L = z_L × x_L) to glTF axes
/// (Khronos glTF 2.0 §3.4: right-handed, +Y up): the beam runs along +X, the vertical is +Y, y_L points to +Z (towards a
/// viewer of the default side view, so the beam goes left to right).</summary>
public static class SceneAxes
{
    /// <summary>Rows: glTF x = beam, glTF y = up, glTF z = beam × up (det +1).</summary>
    public static Mat3 LabToGltf { get; } = Mat3.FromRows(Frames.LabBeam, Frames.LabUp, Frames.LabBeam.Cross(Frames.LabUp));
}
