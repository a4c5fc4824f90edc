using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Tests.Optics;

public class LensImagingTests
{
    private const double DansDelta17 = 1.17637e-6; // docs/physics.md §9, Dans_Diffraction 2.2.3 (Henke), Be at 17 keV
    private const double TwoThetaDeg = 11.161381674768602; // docs/physics.md §9 (upstream λ)

    private static LensResult Id06(double delta, LensModel model = LensModel.Thick, double dTotPrimeMm = 5000) =>
        LensCalculator.Compute(LensGolden.Id06, new LensRequest(17, TwoThetaDeg, null, dTotPrimeMm, model),
            [new LensMaterialOptics(delta, 0, null), new LensMaterialOptics(delta, 0, null)]);

    [Fact]
    public void Id06_at_17_keV_reproduces_the_independent_trace_to_1e_6_mm()
    {
        // Golden: tools/lens/lens_golden.py, lens-by-lens Gaussian-equation trace + bisection (not ABCD), same δ.
        var r = Id06(DansDelta17);
        Assert.Equal(LensGolden.Get("dans17_f_lenslet_mm"), r.FocalLengthPerLensletMm, 1e-6);
        Assert.Equal(LensGolden.Get("d_tot_mm"), r.DTotMm, 1e-9);
        Assert.Equal(LensGolden.Get("dans17_d1_mm"), r.D1Mm, 1e-6);
        Assert.Equal(LensGolden.Get("dans17_d2_mm"), r.D2Mm, 1e-6);
        Assert.Equal(147.2, r.DLMm, 1e-9);
        Assert.Equal(LensGolden.Get("dans17_magnification"), r.Magnification, 1e-8);
        Assert.Equal(LensGolden.Get("dans17_mount_x_mm"), r.MountPointMm.X, 1e-6);
        Assert.Equal(LensGolden.Get("dans17_mount_y_mm"), r.MountPointMm.Y, 1e-6);
    }

    [Fact]
    public void Id06_at_17_keV_matches_the_PHYSICS_table_to_its_digits()
    {
        // docs/physics.md §9 "correct": d1 208.974, d2 4740.220 mm, A −17.017, mount (278.112, 54.873) mm (3 decimals given;
        // the mount x 278.1127 is printed truncated in §9, hence 1e-3).
        var r = Id06(DansDelta17);
        Assert.Equal(208.974, r.D1Mm, 5e-4);
        Assert.Equal(4740.220, r.D2Mm, 5e-4);
        Assert.Equal(-17.017, r.Magnification, 5e-4);
        Assert.Equal(278.112, r.MountPointMm.X, 1e-3);
        Assert.Equal(54.873, r.MountPointMm.Y, 5e-4);
        Assert.Equal(5000, r.DTotPrimeMm, 1e-9);
        Assert.Equal([new PrintedCoordinate("x", r.MountPointMm.X), new PrintedCoordinate("y", r.MountPointMm.Y)], r.PrintedMountPoint);
        Assert.Equal(88, r.LensletPositionsMm.Count);
    }

    [Fact]
    public void Both_roots_are_reported_and_the_magnifying_one_is_chosen()
    {
        var r = Id06(DansDelta17);
        Assert.Equal(2, r.Roots.Count);
        Assert.All(r.Roots, x => Assert.True(x.Physical));
        Assert.Equal(r.D1Mm, r.Roots[0].D1Mm, 1e-9);
        Assert.True(r.Roots[1].D1Mm > 4000);
        // Conjugate roots: magnifications are reciprocal (det M = 1), A₁·A₂ = 1 with A negative.
        Assert.Equal(1.0, r.Roots[0].Magnification * r.Roots[1].Magnification, 1e-9);
    }

    [Fact]
    public void Thin_model_is_the_closed_form_single_lens_and_differs_from_thick()
    {
        var thick = Id06(DansDelta17);
        var thin = Id06(DansDelta17, LensModel.Thin);
        // Thin: F = f/88 at the power-weighted (here: plain) mean position z̄; u + v = d_tot, 1/u + 1/v = 1/F →
        // u = (d_tot − √(d_tot² − 4 F d_tot))/2, d1 = u − z̄, A = −v/u.
        var f = thin.FocalLengthPerLensletMm / 88;
        var zMean = thin.LensletPositionsMm.Average();
        var u = (thin.DTotMm - Math.Sqrt((thin.DTotMm * thin.DTotMm) - (4 * f * thin.DTotMm))) / 2;
        Assert.Equal(f, thin.FocalLengthMm, 1e-9);
        Assert.Equal(u - zMean, thin.D1Mm, 1e-6);
        Assert.Equal(-(thin.DTotMm - u) / u, thin.Magnification, 1e-9);
        // The 147 mm stack is not thin against f/N ≈ 241 mm. [Si17] for equal spacing T, φ = √(T/f): effective focal
        // length fφ/sin Nφ (longer than f/N) and back focal distance fφ cot Nφ. id06 is nearly equal-spaced
        // (T = dL/87): 1 % and 2 % tolerances. d1 moves by about 25 mm (≈ 12 %), the magnification by a few %.
        var phi = Math.Sqrt(147.2 / 87 / thin.FocalLengthPerLensletMm);
        Assert.Equal(1, thick.FocalLengthMm / (thin.FocalLengthPerLensletMm * phi / Math.Sin(88 * phi)), 0.01);
        var box = LensImaging.BoxMatrix(thick.LensletPositionsMm, [.. Enumerable.Repeat(thick.FocalLengthPerLensletMm, 88)], LensModel.Thick);
        Assert.Equal(1, -box.A / box.C / (thin.FocalLengthPerLensletMm * phi / Math.Tan(88 * phi)), 0.02);
        Assert.True(thick.FocalLengthMm > thin.FocalLengthMm);
        Assert.InRange(thick.D1Mm - thin.D1Mm, 20, 30);
        Assert.InRange(Math.Abs(thin.Magnification / thick.Magnification - 1), 0.005, 0.2);
    }

    [Fact]
    public void Single_thin_lens_gives_textbook_conjugates()
    {
        // One lens, f = 100 mm, d_tot = 450 mm: 1/u + 1/v = 1/f, u + v = 450 → u = 150, v = 300, A = −2 (docs/physics.md §8 probe).
        var box = RayTransfer.ThinLens(100);
        var s = LensImaging.Solve(box, 0, 450, 1, "dTotMm");
        Assert.Equal(150, s.D1Mm, 1e-9);
        Assert.Equal(300, s.D2Mm, 1e-9);
        Assert.Equal(-2, s.Magnification, 1e-12);
        Assert.Equal(400, LensImaging.ShortestImagingDistanceMm(box), 1e-9); // 4f
    }

    [Fact]
    public void Too_short_distance_is_physically_impossible_and_names_the_shortest_that_works()
    {
        var ex = Assert.Throws<InputException>(() => Id06(DansDelta17, dTotPrimeMm: 500));
        Assert.True(ex.Problem.PhysicallyImpossible);
        Assert.Equal("dTotPrimeMm", ex.Problem.Field);
        Assert.Contains("shortest", ex.Problem.Message, StringComparison.Ordinal);
        var thick = Id06(DansDelta17);
        var shortest = LensImaging.ShortestImagingDistanceMm(
            LensImaging.BoxMatrix(thick.LensletPositionsMm, [.. Enumerable.Repeat(thick.FocalLengthPerLensletMm, 88)], LensModel.Thick)) + 147.2;
        var cos = Math.Cos(TwoThetaDeg * Math.PI / 180);
        Assert.Contains(InputProblem.Show(shortest), ex.Problem.Message, StringComparison.Ordinal);
        // Just above works (|A| → 1 at the limit), just below does not.
        Assert.InRange(Math.Abs(Id06(DansDelta17, dTotPrimeMm: shortest * cos * 1.0001).Magnification), 1, 1.1);
        Assert.Throws<InputException>(() => Id06(DansDelta17, dTotPrimeMm: shortest * cos * 0.9999));
    }

    [Fact]
    public void Box_matrix_has_unit_determinant()
    {
        var r = Id06(DansDelta17);
        var m = LensImaging.BoxMatrix(r.LensletPositionsMm, [.. Enumerable.Repeat(r.FocalLengthPerLensletMm, 88)], LensModel.Thick);
        Assert.Equal(1, m.Determinant, 1e-12);
    }
}
