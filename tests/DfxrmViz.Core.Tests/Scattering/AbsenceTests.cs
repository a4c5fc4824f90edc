using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>Systematic absences from the operations (ITA Vol. A reflection conditions).</summary>
public class AbsenceTests
{
    private static bool Absent(string id, int h, int k, int l) => CrystalLibrary.Load(id).SpaceGroup.IsSystematicallyAbsent(h, k, l);

    [Theory] // F d -3 m: hkl all even or all odd; 0kl: k + l = 4n (d-glide); 222 allowed by symmetry (site extinction only)
    [InlineData(1, 1, 1, false)]
    [InlineData(2, 2, 0, false)]
    [InlineData(1, 0, 0, true)]
    [InlineData(1, 1, 0, true)]
    [InlineData(2, 0, 0, true)]
    [InlineData(4, 0, 0, false)]
    [InlineData(2, 2, 2, false)]
    public void Fd3m_silicon(int h, int k, int l, bool absent) => Assert.Equal(absent, Absent("Si", h, k, l));

    [Theory] // I m -3 m: h + k + l = 2n
    [InlineData(1, 0, 0, true)]
    [InlineData(1, 1, 0, false)]
    [InlineData(1, 1, 1, true)]
    [InlineData(2, 0, 0, false)]
    public void Im3m_tungsten(int h, int k, int l, bool absent) => Assert.Equal(absent, Absent("W", h, k, l));

    [Theory] // R -3 c (hexagonal axes): −h + k + l = 3n; h −h 0 l: l = 2n (c-glide); 000l: l = 6n
    [InlineData(0, 1, 2, false)]
    [InlineData(1, 0, 4, false)]
    [InlineData(1, 0, 0, true)]
    [InlineData(0, 0, 3, true)]
    [InlineData(0, 0, 6, false)]
    [InlineData(1, -1, 2, false)] // −h + k + l = 0 and (h −h 0 l) with l even
    [InlineData(1, -1, 1, true)]  // (h −h 0 l) with l odd: c-glide
    public void R3c_sapphire(int h, int k, int l, bool absent) => Assert.Equal(absent, Absent("Al2O3", h, k, l));

    [Theory] // B m m 2 (KNbO3 COD 2310011): B centring h + l = 2n
    [InlineData(1, 0, 0, true)]
    [InlineData(1, 0, 1, false)]
    [InlineData(0, 1, 0, false)]
    [InlineData(0, 0, 1, true)]
    [InlineData(1, 1, 1, false)]
    public void Bmm2_potassium_niobate(int h, int k, int l, bool absent) => Assert.Equal(absent, Absent("KNbO3", h, k, l));

    [Fact]
    public void Cause_names_the_operation_type()
    {
        var si = CrystalLibrary.Load("Si").SpaceGroup;
        Assert.StartsWith("the centring translation", ReflectionExplainer.AbsenceCause(si, new Hkl(1, 0, 0)), StringComparison.Ordinal);
        Assert.Contains("glide", ReflectionExplainer.AbsenceCause(si, new Hkl(2, 0, 0)), StringComparison.Ordinal);
        var sapphire = CrystalLibrary.Load("Al2O3").SpaceGroup;
        Assert.NotNull(ReflectionExplainer.AbsenceCause(sapphire, new Hkl(0, 0, 3)));
        Assert.Null(ReflectionExplainer.AbsenceCause(si, new Hkl(1, 1, 1)));
        var gan = CrystalLibrary.Load("GaN").SpaceGroup; // P 63 m c: 00l, l = 2n — screw or glide (both fire; first op found)
        Assert.NotNull(ReflectionExplainer.AbsenceCause(gan, new Hkl(0, 0, 1)));
    }
}
