using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

public class SceneTransformTests
{
    // The quaternion (Shepperd 1978) must rotate vectors exactly as the matrix does: v' = q v q*.
    [Fact]
    public void Quaternion_rotates_like_the_matrix_for_random_rotations()
    {
        const int seed = 7;
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var axis = new Vec3(random.NextDouble() - 0.5, random.NextDouble() - 0.5, random.NextDouble() - 0.5);
            var angle = (random.NextDouble() * 2 - 1) * Math.PI;
            var r = Mat3.Rotation(axis, angle);
            var (x, y, z, w) = new SceneTransform(Vec3.Zero, r, 1).Quaternion();
            var u = new Vec3(x, y, z);
            var v = new Vec3(0.3, -1.2, 0.7);
            var rotated = v + 2 * w * u.Cross(v) + 2 * u.Cross(u.Cross(v));
            Assert.True((rotated - r * v).Norm < 1e-12, $"seed {seed}, case {i}: axis {axis}, angle {angle}");
        }
    }
}
