using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Tests.Crystal;

public class UnitCellTests
{
    // docs/physics.md §9: Si (Dans_Diffraction Silicon.cif, a = 5.4307 Å... as in the file) 111: d = 3.13541611 Å (gemmi 0.5.7).
    [Fact]
    public void Si_111_d_spacing_matches_gemmi()
    {
        var si = new UnitCell(5.43070, 5.43070, 5.43070, 90, 90, 90);
        Assert.Equal(3.13541611, si.DSpacingA(new Vec3(1, 1, 1)), 1e-8);
    }

    // docs/physics.md §2: BᵀB = G⁻¹ to 1e-12 for obtuse triclinic cells (Dans 2.2.3's abs() bug would fail this).
    [Theory]
    [InlineData(5.1, 6.3, 7.7, 101.3, 112.9, 97.4)]
    [InlineData(4.0, 4.5, 9.0, 80.0, 95.0, 120.0)]
    [InlineData(3.0, 3.0, 3.0, 60.0, 60.0, 60.0)]
    public void B_transpose_B_is_inverse_metric(double a, double b, double c, double al, double be, double ga)
    {
        var cell = new UnitCell(a, b, c, al, be, ga);
        var bt = cell.B.Transpose() * cell.B;
        double Cos(double d) => Math.Cos(d * Math.PI / 180);
        var g = new Mat3(a * a, a * b * Cos(ga), a * c * Cos(be), a * b * Cos(ga), b * b, b * c * Cos(al), a * c * Cos(be), b * c * Cos(al), c * c);
        var product = bt * g;
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(i == j ? 1.0 : 0.0, product[i, j], 1e-12);
            }
        }
        // Direct basis: |a| = a and a ∥ Cartesian frame as B upper-triangular implies c ∥ z.
        Assert.Equal(a, cell.A.Column(0).Norm, 1e-12);
        Assert.Equal(c, cell.A.Column(2).Z, 1e-12);
        Assert.Equal(cell.VolumeA3, cell.A.Determinant, 1e-9);
    }

    [Fact]
    public void Impossible_angles_are_refused_with_the_tag()
    {
        var ex = Assert.Throws<InputException>(() => new UnitCell(3, 3, 3, 120, 120, 120).Validated());
        Assert.Contains("volume", ex.Problem.Message);
    }
}
