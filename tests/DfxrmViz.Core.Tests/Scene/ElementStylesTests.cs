using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

public class ElementStylesTests
{
    // Jmol colours (jmol.sourceforge.net/jscolors: O [255,13,13], Nb [115,194,201], Fe [224,102,51]) and Cordero et al.,
    // Dalton Trans. 2008, 2832, Table 2 (O 0.66, Nb 1.64, Fe low spin 1.32, C sp3 0.76 Å).
    [Theory]
    [InlineData("O", "#ff0d0d", 0.66)]
    [InlineData("Nb", "#73c2c9", 1.64)]
    [InlineData("Fe", "#e06633", 1.32)]
    [InlineData("C", "#909090", 0.76)]
    public void Published_colours_and_radii(string symbol, string color, double radius)
    {
        var s = ElementStyles.Of(symbol);
        Assert.Equal(color, s.Color);
        Assert.Equal(radius, s.CovalentRadiusA, 6);
        Assert.False(s.RadiusIsPlaceholder);
    }

    [Fact]
    public void Elements_Cordero_does_not_give_are_marked_and_unknown_symbols_never_throw()
    {
        Assert.True(ElementStyles.Of("Bk").RadiusIsPlaceholder);
        Assert.Equal(109, ElementStyles.Count);
        Assert.Equal("#ff1493", ElementStyles.Of("Xx").Color);
    }
}
