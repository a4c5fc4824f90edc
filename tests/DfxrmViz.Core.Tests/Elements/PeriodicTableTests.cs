using DfxrmViz.Core.Elements;

namespace DfxrmViz.Core.Tests.Elements;

public class PeriodicTableTests
{
    // Molar masses: XrayDB 4.4.7 `elements` table (python3-xraydb, xraydb.atomic_mass).
    [Theory]
    [InlineData("Nb5+", "Nb", 92.906)]
    [InlineData("O2-", "O", 15.999)]
    [InlineData("Li1+", "Li", 6.94)]
    [InlineData("Si", "Si", 28.085)]
    [InlineData("Co", "Co", 58.933)]
    public void Type_symbols_with_charges_map_to_elements(string typeSymbol, string symbol, double mass)
    {
        var e = PeriodicTable.FromTypeSymbol(typeSymbol);
        Assert.NotNull(e);
        Assert.Equal(symbol, e.Symbol);
        Assert.Equal(mass, e.MolarMassGPerMol, 1e-3);
    }

    [Fact]
    public void Unknown_symbols_give_null()
    {
        Assert.Null(PeriodicTable.FromTypeSymbol("Xx"));
        Assert.Null(PeriodicTable.FromTypeSymbol("1"));
    }
}
