using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

public class SampleFrameTests
{
    private static readonly UnitCell Cubic = new(4, 4, 4, 90, 90, 90);

    [Fact]
    public void U_maps_up_to_x_and_front_perp_to_z_and_is_a_proper_rotation()
    {
        var tri = new UnitCell(5.1, 6.3, 7.7, 101.3, 112.9, 97.4);
        var m = SampleFrame.Mount(tri, LatticeVector.Direction(1, 0.5, -2), LatticeVector.Plane(0, 1, 1));
        Assert.Equal(1, m.U.Determinant, 1e-12);
        var upS = m.U * (tri.A * new Vec3(1, 0.5, -2)).Normalized();
        Assert.Equal(0, (upS - Vec3.UnitX).Norm, 1e-12);
        var frontS = m.U * (tri.B * new Vec3(0, 1, 1)).Normalized();
        Assert.Equal(0, frontS.Y, 1e-12);
        Assert.True(frontS.Z > 0);
    }

    // docs/physics.md §6 tie rule: cubic up (001) → shortest zone directions [100], [010]; fewer non-zero, lexicographically largest → [100].
    [Fact]
    public void Default_front_ties_are_broken_deterministically()
    {
        Assert.Equal(new Vec3(1, 0, 0), SampleFrame.DefaultFront(Cubic, LatticeVector.Plane(0, 0, 1)).Indices);
        // up = [111]: planes (hkl) with h + k + l = 0 and largest d: {1 −1 0} family → (1 0 −1) first (lexicographically largest).
        var f = SampleFrame.DefaultFront(Cubic, LatticeVector.Direction(1, 1, 1));
        Assert.Equal(LatticeVectorKind.Plane, f.Kind);
        Assert.Equal(0, f.Indices.Dot(new Vec3(1, 1, 1)));
        Assert.Equal(new Vec3(1, 0, -1), f.Indices);
    }

    [Fact]
    public void Front_parallel_to_up_is_refused()
    {
        var ex = Assert.Throws<InputException>(() => SampleFrame.Mount(Cubic, LatticeVector.Plane(1, 1, 0), LatticeVector.Direction(2, 2, 0)));
        Assert.Equal("front", ex.Problem.Field);
        Assert.Contains("parallel", ex.Message);
    }

    [Fact]
    public void Zero_vectors_are_refused_with_the_field()
    {
        Assert.Equal("up", Assert.Throws<InputException>(() => SampleFrame.Mount(Cubic, LatticeVector.Plane(0, 0, 0), null)).Problem.Field);
        Assert.Equal("front", Assert.Throws<InputException>(() => SampleFrame.Mount(Cubic, LatticeVector.Plane(1, 0, 0), LatticeVector.Direction(0, 0, 0))).Problem.Field);
    }
}
