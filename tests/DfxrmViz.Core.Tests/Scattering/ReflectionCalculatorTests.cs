using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>Reflection table against docs/physics.md §9 (gemmi 0.5.7 / Dans_Diffraction 2.2.3 values) with the tolerances of
/// the project contract check (check-api.py), plus the table rules of docs/api.md.</summary>
public class ReflectionCalculatorTests
{
    private static readonly Lazy<Core.Crystal.Crystal> Si = new(() => CrystalLibrary.Load("Si"));
    private static readonly Lazy<Core.Crystal.Crystal> LiNbO3 = new(() => CrystalLibrary.Load("LiNbO3"));

    private static Reflection Row(ReflectionTable t, int h, int k, int l) => t.Find(new Hkl(h, k, l)) ?? throw new InvalidOperationException($"{h} {k} {l} missing");

    [Fact]
    public void Si_111_at_8048_eV_without_anomalous_terms()
    {
        var t = ReflectionCalculator.Compute(Si.Value, 8.048, 0, 45, ScatteringOptions.NoAnomalous);
        var r = Row(t, 1, 1, 1);
        Assert.Equal(1.5405591257, t.WavelengthA, 1e-9);        // PHYSICS §9, CODATA 2018
        Assert.Equal(3.13541611, r.DA, 3.13541611 * 1e-7);       // gemmi; check-api 1e-7 relative
        Assert.Equal(28.442935, r.TwoThetaDeg, 2e-6);            // gemmi; check-api 2e-6°
        Assert.Equal(3552.099, r.F2, 3552.099 * 1e-5);           // gemmi = Dans; check-api 1e-5 relative
        Assert.Equal(8, r.Multiplicity);                         // {111} in m-3m
        Assert.Equal(new Hkl(1, 1, 1), r.Hkl);                   // representative: largest h, k, l
        Assert.Contains(new Hkl(-1, -1, -1), r.Equivalents);
    }

    [Fact]
    public void Si_at_17_keV_leaves_out_222_and_keeps_111_and_220()
    {
        var t = ReflectionCalculator.Compute(Si.Value, 17, 0, 45, ScatteringOptions.NoAnomalous);
        Assert.Null(t.Find(new Hkl(2, 2, 2)));                   // site extinction, |F|² ≈ 0
        Assert.NotNull(t.Find(new Hkl(1, 1, 1)));
        Assert.Null(t.Find(new Hkl(2, 0, 0)));                   // absent (d-glide)
        Assert.Equal(4863.938, Row(t, 2, 2, 0).F2, 4863.938 * 1e-5);
        var all = ReflectionCalculator.Compute(Si.Value, 17, 0, 45, ScatteringOptions.NoAnomalous, includeAbsent: true);
        Assert.True(Row(all, 2, 0, 0).Absent);
        Assert.False(Row(all, 2, 2, 2).Absent);                  // not a symmetry absence
        Assert.InRange(Row(all, 2, 2, 2).F2, 0, 1e-20);
    }

    [Fact]
    public void Si_111_with_anomalous_terms_within_1_percent_of_cromer_liberman()
    {
        var t = ReflectionCalculator.Compute(Si.Value, 8.048, 0, 45);
        Assert.Equal(3729.40, Row(t, 1, 1, 1).F2, 3729.40 * 1e-2);   // PHYSICS §9 (gemmi CL); Kissel 3732.36
        Assert.Equal(8, Row(t, 1, 1, 1).Multiplicity);               // centrosymmetric: P = Laue class
    }

    [Fact]
    public void Al_111_at_17_keV()
    {
        var t = ReflectionCalculator.Compute(CrystalLibrary.Load("Al"), 17, 0, 45, ScatteringOptions.NoAnomalous);
        var r = Row(t, 1, 1, 1);
        Assert.Equal(2.3380261, r.DA, 2.3380261 * 1e-7);
        Assert.Equal(17.94599, r.TwoThetaDeg, 1e-5);
        Assert.Equal(1283.263, r.F2, 1283.263 * 1e-5);
    }

    [Fact]
    public void LiNbO3_17_keV_Friedel_mates_separate_and_anomalous_values()
    {
        var t = ReflectionCalculator.Compute(LiNbO3.Value, 17, 0, 45);
        var a = Row(t, 1, -1, 2);
        var b = Row(t, 1, 0, -2);
        Assert.Equal(3.7498077, a.DA, 3.7498077 * 1e-7);
        Assert.Equal(11.161382, a.TwoThetaDeg, 2e-6);
        Assert.Equal(41327.58, a.F2, 41327.58 * 1e-2);          // gemmi CL, PHYSICS §9; ours Chantler
        Assert.Equal(41509.35, b.F2, 41509.35 * 1e-2);
        Assert.NotEqual(a, b);
        Assert.True(b.F2 > a.F2);                                // (1,0,−2) > (−1,0,2)-class by f″ (PHYSICS §5)
        Assert.DoesNotContain(new Hkl(-1, 1, -2), a.Equivalents);
        var plain = ReflectionCalculator.Compute(LiNbO3.Value, 17, 0, 45, ScatteringOptions.NoAnomalous);
        Assert.Equal(45972.37, Row(plain, 1, -1, 2).F2, 45972.37 * 1e-5);
    }

    [Fact]
    public void Rows_are_sorted_by_two_theta_then_descending_f2_and_relative_to_the_strongest()
    {
        var t = ReflectionCalculator.Compute(LiNbO3.Value, 17, 5, 45);
        Assert.NotEmpty(t.Rows);
        for (var i = 1; i < t.Rows.Length; i++)
        {
            var (p, q) = (t.Rows[i - 1], t.Rows[i]);
            Assert.True(Math.Round(p.TwoThetaDeg, 9) < Math.Round(q.TwoThetaDeg, 9)
                || (Math.Round(p.TwoThetaDeg, 9) == Math.Round(q.TwoThetaDeg, 9) && p.F2 >= q.F2));
        }
        Assert.All(t.Rows, r => Assert.InRange(r.TwoThetaDeg, 5, 45));
        Assert.All(t.Rows, r => Assert.Equal(r.Multiplicity, r.Equivalents.Length));
        Assert.All(t.Rows, r => Assert.Contains(r.Hkl, r.Equivalents));
        Assert.Equal(100, t.Rows.Max(r => r.RelativeIntensityPercent), 1e-12);
        Assert.Equal(t.StrongestF2, t.DefaultReflection!.F2);
        Assert.True(t.Rows.All(r => r.F2 >= 1e-6 * t.StrongestF2 && !r.Absent));
    }

    // Class counts with absences, 0 < 2θ ≤ 45° at 17 keV, from tools/bench/gemmi_structure_factors.py (point-group orbits of
    // gemmi's operations over gemmi's hkl sphere): LiNbO3 378, PZT 459.
    [Theory]
    [InlineData("LiNbO3", 378)]
    [InlineData("PZT", 459)]
    public void Class_count_matches_the_independent_enumeration(string id, int classes) =>
        Assert.Equal(classes, ReflectionCalculator.Compute(CrystalLibrary.Load(id), 17, 0, 45, ScatteringOptions.NoAnomalous, includeAbsent: true).Rows.Length);

    [Fact]
    public void Default_reflection_is_the_strongest_not_the_lowest_angle()
    {
        var t = ReflectionCalculator.Compute(LiNbO3.Value, 17, 0, 45);
        var d = t.DefaultReflection!;
        Assert.Equal(t.Rows.Max(r => r.F2), d.F2);
        Assert.NotEqual(t.Rows[0], d);                            // LiNbO3's lowest-angle row (0 1 2)-type is not the strongest
    }

    [Fact]
    public void Energy_too_low_names_the_lowest_energy_that_gives_a_reflection()
    {
        // Si: largest d is 111 (3.1354 Å); at 2θmax 45° it needs E ≥ hc/(2 d sin 22.5°) = 5.16656 keV.
        var ex = Assert.Throws<InputException>(() => ReflectionCalculator.Compute(Si.Value, 3, 0, 45));
        Assert.True(ex.Problem.PhysicallyImpossible);
        Assert.Equal("energyKeV", ex.Problem.Field);
        Assert.Contains("(1 1 1)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5.16656", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 5, "inverted")]
    [InlineData(20, 20, "empty")]
    [InlineData(-1, 20, "2θmin")]
    [InlineData(0, 181, "2θmax")]
    public void Bad_windows_are_refused(double min, double max, string word)
    {
        var ex = Assert.Throws<InputException>(() => ReflectionCalculator.Compute(Si.Value, 17, min, max));
        Assert.Contains(word, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_factor_range_clips_the_window_with_a_hint()
    {
        // 100 keV, 2θ ≤ 180°: s up to 8 Å⁻¹ > 2 (IT92): listed up to s = 2 Å⁻¹, and the table says so (issue 12 item 6).
        var t = ReflectionCalculator.Compute(Si.Value, 100, 0, 180);
        Assert.True(t.TwoThetaMaxDeg < 30, $"2θmax {t.TwoThetaMaxDeg}");
        Assert.Contains("IT92", t.WindowNote, StringComparison.Ordinal);
    }
}
