using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Crystal;

public class CrystalLibraryTests
{
    [Fact]
    public void Library_has_at_least_25_loadable_crystals_with_sources()
    {
        var list = CrystalLibrary.List();
        Assert.True(list.Length >= 25, $"{list.Length} crystals");
        Assert.Equal(list.Length, list.Select(e => e.Id).Distinct().Count());
        foreach (var e in list)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Source));
            Assert.False(string.IsNullOrWhiteSpace(e.Formula));
            Assert.Equal(e.Name, CrystalLibrary.Load(e.Id).Name);
        }
        var linbo3 = list.Single(e => e.Id == "LiNbO3");
        Assert.Equal("COD 1541936", linbo3.Source);
        Assert.Equal("Li Nb O3", linbo3.Formula);
    }

    [Fact]
    public void Unknown_id_is_an_input_problem() =>
        Assert.Equal("crystal.builtin", Assert.Throws<InputException>(() => CrystalLibrary.Load("Unobtainium")).Problem.Field);
}
