using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Tests.Symmetry;

public class SpaceGroupTests
{
    private static SpaceGroup G(string hm) => SpaceGroupTable.FindByHermannMauguin(hm)!.ToSpaceGroup();

    // Reflection conditions from ITA 2016 (vol. A) for each group; docs/physics.md §2 rule. Site extinctions (diamond 222) not flagged.
    [Theory]
    [InlineData("F d -3 m:1", 1, 1, 1, false)]
    [InlineData("F d -3 m:1", 2, 0, 0, true)]   // 0kl: k+l=4n → h00: h=4n
    [InlineData("F d -3 m:1", 4, 0, 0, false)]
    [InlineData("F d -3 m:1", 1, 1, 0, true)]   // F centring: h,k,l all odd or all even
    [InlineData("F d -3 m:1", 2, 2, 0, false)]
    [InlineData("F d -3 m:1", 2, 2, 2, false)]  // site extinction in diamond, not a space-group absence
    [InlineData("F d -3 m:2", 2, 0, 0, true)]
    [InlineData("I m -3 m", 1, 0, 0, true)]     // I: h+k+l=2n
    [InlineData("I m -3 m", 1, 1, 0, false)]
    [InlineData("I m -3 m", 2, 1, 1, false)]
    [InlineData("I m -3 m", 1, 1, 1, true)]
    [InlineData("R -3 c:H", 1, 0, 0, true)]     // obverse: -h+k+l=3n
    [InlineData("R -3 c:H", 1, 0, 4, false)]
    [InlineData("R -3 c:H", 0, 0, 3, true)]     // 000l: l=6n
    [InlineData("R -3 c:H", 0, 0, 6, false)]
    [InlineData("R -3 c:H", 1, -1, 2, false)]   // h-h0l: h+l=3n, l=2n
    [InlineData("R -3 c:H", 1, -1, 1, true)]
    [InlineData("R -3 c:H", 2, -2, 1, true)]    // satisfies R but l odd (c glide)
    [InlineData("B m m 2", 1, 0, 1, false)]     // B: h+l=2n
    [InlineData("B m m 2", 1, 0, 0, true)]
    [InlineData("B m m 2", 0, 1, 1, true)]
    [InlineData("B m m 2", 0, 1, 0, false)]
    [InlineData("P 1 21/c 1", 0, 1, 0, true)]   // 0k0: k=2n
    [InlineData("P 1 21/c 1", 1, 0, 1, true)]   // h0l: l=2n
    [InlineData("P 1 21/c 1", 1, 0, 2, false)]
    public void Systematic_absences(string hm, int h, int k, int l, bool absent) =>
        Assert.Equal(absent, G(hm).IsSystematicallyAbsent(h, k, l));

    [Theory]
    [InlineData("R 3 c:H", "3m", CrystalSystem.Trigonal, false)]
    [InlineData("B m m 2", "mm2", CrystalSystem.Orthorhombic, false)]
    [InlineData("F d -3 m:1", "m-3m", CrystalSystem.Cubic, true)]
    [InlineData("P -6 2 m", "-62m", CrystalSystem.Hexagonal, false)]
    [InlineData("P -4 m 2", "-42m", CrystalSystem.Tetragonal, false)]
    public void Point_group_system_and_centrosymmetry(string hm, string pg, CrystalSystem system, bool centro)
    {
        var p = G(hm).PointGroup();
        Assert.Equal(pg, p.Symbol);
        Assert.Equal(system, p.System);
        Assert.Equal(centro, p.IsCentrosymmetric);
    }
}
