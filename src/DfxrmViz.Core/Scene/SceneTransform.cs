using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scene;

/// <summary>Placement of a node in its parent: p′ = Translation + Scale · Rotation · p. Rotation is proper (det +1) and the
/// scale uniform, so every transform is a glTF translation–rotation–scale (Khronos glTF 2.0 §3.5.3).</summary>
public readonly record struct SceneTransform(Vec3 Translation, Mat3 Rotation, double Scale)
{
    public static SceneTransform Identity => new(Vec3.Zero, Mat3.Identity, 1);

    /// <summary>A pure translation.</summary>
    public static SceneTransform At(Vec3 translation) => new(translation, Mat3.Identity, 1);

    /// <summary>A rotation about the parent's origin.</summary>
    public static SceneTransform Rotated(Mat3 rotation) => new(Vec3.Zero, rotation, 1);

    /// <summary>Applies the transform to a point of the node's local coordinates.</summary>
    public Vec3 Apply(Vec3 local) => Translation + Scale * (Rotation * local);

    /// <summary>Unit quaternion (x, y, z, w) of the rotation (Shepperd's method: S. W. Shepperd, J. Guid. Control 1, 223, 1978).</summary>
    public (double X, double Y, double Z, double W) Quaternion()
    {
        var m = Rotation;
        var trace = m.M00 + m.M11 + m.M22;
        double x, y, z, w;
        if (trace > 0)
        {
            var s = 2 * Math.Sqrt(1 + trace);
            (w, x, y, z) = (s / 4, (m.M21 - m.M12) / s, (m.M02 - m.M20) / s, (m.M10 - m.M01) / s);
        }
        else if (m.M00 > m.M11 && m.M00 > m.M22)
        {
            var s = 2 * Math.Sqrt(1 + m.M00 - m.M11 - m.M22);
            (w, x, y, z) = ((m.M21 - m.M12) / s, s / 4, (m.M01 + m.M10) / s, (m.M02 + m.M20) / s);
        }
        else if (m.M11 > m.M22)
        {
            var s = 2 * Math.Sqrt(1 + m.M11 - m.M00 - m.M22);
            (w, x, y, z) = ((m.M02 - m.M20) / s, (m.M01 + m.M10) / s, s / 4, (m.M12 + m.M21) / s);
        }
        else
        {
            var s = 2 * Math.Sqrt(1 + m.M22 - m.M00 - m.M11);
            (w, x, y, z) = ((m.M10 - m.M01) / s, (m.M02 + m.M20) / s, (m.M12 + m.M21) / s, s / 4);
        }
        var n = Math.Sqrt(x * x + y * y + z * z + w * w);
        return w < 0 ? (-x / n, -y / n, -z / n, -w / n) : (x / n, y / n, z / n, w / n);
    }

    /// <summary>Rotation whose columns are the unit vectors <paramref name="x"/>, and the parts of <paramref name="yHint"/> ⟂ x,
    /// completed right-handed; falls back to any perpendicular when the hint is (nearly) parallel to x.</summary>
    public static Mat3 Basis(Vec3 x, Vec3 yHint)
    {
        var ex = x.Normalized();
        var y = yHint - yHint.Dot(ex) * ex;
        if (y.Norm < 1e-9)
        {
            var trial = Math.Abs(ex.X) < 0.9 ? Vec3.UnitX : Vec3.UnitY;
            y = trial - trial.Dot(ex) * ex;
        }
        var ey = y.Normalized();
        return Mat3.FromColumns(ex, ey, ex.Cross(ey));
    }
}
