using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Tests.Symmetry;

public class SpaceGroupTableTests
{
    // Data/SpaceGroups.csv: tools/gemmi/gen_spacegroups.py, gemmi 0.5.7 spacegroup_table() (559 settings).
    [Fact]
    public void Table_has_every_gemmi_setting_and_all_230_numbers()
    {
        Assert.Equal(559, SpaceGroupTable.All.Length);
        Assert.Equal(Enumerable.Range(1, 230), SpaceGroupTable.All.Select(s => s.Number).Distinct().Order());
    }

    [Fact]
    public void Every_setting_is_a_closed_group_with_gemmis_operation_count_point_group_system_and_centrosymmetry()
    {
        foreach (var s in SpaceGroupTable.All)
        {
            var g = s.ToSpaceGroup();
            Assert.True(g.Operations.Length == s.Operations.Length, $"{s.HermannMauguin}: duplicate operations");
            Assert.True(g.IsClosedGroup(), s.HermannMauguin);
            var pg = g.PointGroup();
            Assert.Equal(s.GemmiPointGroup, pg.Symbol);
            Assert.Equal(s.GemmiCrystalSystem, pg.System.ToString().ToLowerInvariant());
            Assert.Equal(s.GemmiCentrosymmetric, pg.IsCentrosymmetric);
        }
    }

    // Known orders (ITA 2016): Fd-3m 192, R3c:H 18, R3c:R 6, P21/c 4, Bmm2 8, P63/mmc 24, Ia-3d 96.
    [Theory]
    [InlineData("F d -3 m", "F d -3 m:1", 192)]
    [InlineData("Fd-3m:2", "F d -3 m:2", 192)]
    [InlineData("F d 3 m", "F d -3 m:1", 192)]
    [InlineData("F d -3 m :1", "F d -3 m:1", 192)]
    [InlineData("R 3 c", "R 3 c:H", 18)]
    [InlineData("R 3 c :R", "R 3 c:R", 6)]
    [InlineData("r3c:h", "R 3 c:H", 18)]
    [InlineData("P 21/c", "P 1 21/c 1", 4)]
    [InlineData("P121/c1", "P 1 21/c 1", 4)]
    [InlineData("B m m 2", "B m m 2", 8)]
    [InlineData("Bmm2", "B m m 2", 8)]
    [InlineData("P6_3/mmc", "P 63/m m c", 24)]
    [InlineData("P 63/m m c", "P 63/m m c", 24)]
    [InlineData("I m 3 m", "I m -3 m", 96)]
    [InlineData("Ia3d", "I a -3 d", 96)]
    [InlineData("P 1", "P 1", 1)]
    public void Finds_by_hermann_mauguin_in_common_spellings(string symbol, string expected, int ops)
    {
        var s = SpaceGroupTable.FindByHermannMauguin(symbol);
        Assert.NotNull(s);
        Assert.Equal(expected, s.HermannMauguin);
        Assert.Equal(ops, s.Operations.Length);
    }

    [Theory]
    [InlineData("-F 4 2 3", 225)]
    [InlineData("F 4d 2 3 -1d", 227)]
    [InlineData("P_4_-2", 99)]
    [InlineData(" B 2 -2 ", 38)]
    [InlineData("R 3 -2\"c", 161)]
    public void Finds_by_hall(string hall, int number) => Assert.Equal(number, SpaceGroupTable.FindByHall(hall)!.Number);

    [Fact]
    public void Finds_by_number_and_rejects_unknown()
    {
        Assert.Equal("F d -3 m:1", SpaceGroupTable.FindByNumber(227)!.HermannMauguin);
        Assert.Null(SpaceGroupTable.FindByNumber(231));
        Assert.Null(SpaceGroupTable.FindByHermannMauguin("Q 9 9"));
        Assert.Null(SpaceGroupTable.FindByHermannMauguin("   "));
    }
}
