using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>Multiplicities and classes (docs/physics.md §2; ITA Vol. A general/special form multiplicities).</summary>
public class ReflectionEquivalenceTests
{
    private static int Multiplicity(Core.Crystal.Crystal c, int h, int k, int l) =>
        new ReflectionEquivalence(c.PointGroup()).Multiplicity(new Hkl(h, k, l));

    [Theory] // m-3m: {100} 6, {110} 12, {111} 8, {210} 24, {211} 24, {321} 48
    [InlineData(1, 0, 0, 6)]
    [InlineData(1, 1, 0, 12)]
    [InlineData(1, 1, 1, 8)]
    [InlineData(2, 1, 0, 24)]
    [InlineData(2, 1, 1, 24)]
    [InlineData(3, 2, 1, 48)]
    public void Cubic_silicon(int h, int k, int l, int m) => Assert.Equal(m, Multiplicity(CrystalLibrary.Load("Si"), h, k, l));

    [Theory] // 6/mmm (Mg, P 63/m m c): {00l} 2, {h00} 6, {hh0} 6, {h0l} 12, {hkl} 24
    [InlineData(0, 0, 2, 2)]
    [InlineData(1, 0, 0, 6)]
    [InlineData(1, 1, 0, 6)]
    [InlineData(1, 0, 1, 12)]
    [InlineData(2, 1, 1, 24)]
    public void Hexagonal_magnesium(int h, int k, int l, int m) => Assert.Equal(m, Multiplicity(CrystalLibrary.Load("Mg"), h, k, l));

    [Theory] // 2/m, unique axis b: {0k0} 2, {h0l} 2, {hkl} 4
    [InlineData(0, 1, 0, 2)]
    [InlineData(1, 0, 1, 2)]
    [InlineData(1, 1, 1, 4)]
    [InlineData(1, 1, 0, 4)]
    public void Monoclinic_test_cell(int h, int k, int l, int m) => Assert.Equal(m, Multiplicity(Monoclinic(), h, k, l));

    [Fact]
    public void Non_centrosymmetric_classes_keep_Friedel_mates_apart()
    {
        var eq = new ReflectionEquivalence(CrystalLibrary.Load("GaAs").PointGroup()); // -43m
        Assert.Equal(4, eq.Multiplicity(new Hkl(1, 1, 1)));
        Assert.DoesNotContain(new Hkl(-1, -1, -1), eq.Members(new Hkl(1, 1, 1)));
        Assert.Equal(new Hkl(1, 1, 1), eq.Representative(new Hkl(-1, 1, -1)));
    }

    [Fact]
    public void Representative_is_the_largest_member_and_listed_first()
    {
        var eq = new ReflectionEquivalence(CrystalLibrary.Load("Si").PointGroup());
        var members = eq.Members(new Hkl(-1, 0, -2));
        Assert.Equal(new Hkl(2, 1, 0), members[0]);
        Assert.Equal(new Hkl(2, 1, 0), eq.Representative(new Hkl(0, -2, 1)));
    }

    /// <summary>P 1 2/m 1 test cell, one Fe atom (not a published structure).</summary>
    internal static Core.Crystal.Crystal Monoclinic() => CrystalCifReader.ReadSingle("""
        data_mono
        _cell_length_a 5.1
        _cell_length_b 6.2
        _cell_length_c 7.3
        _cell_angle_alpha 90
        _cell_angle_beta 104.5
        _cell_angle_gamma 90
        _symmetry_space_group_name_H-M 'P 1 2/m 1'
        loop_
        _symmetry_equiv_pos_as_xyz
        x,y,z
        -x,y,-z
        -x,-y,-z
        x,-y,z
        loop_
        _atom_site_label
        _atom_site_type_symbol
        _atom_site_fract_x
        _atom_site_fract_y
        _atom_site_fract_z
        Fe1 Fe 0.1 0.2 0.3
        """);
}
