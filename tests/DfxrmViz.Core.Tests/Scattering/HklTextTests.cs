using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

public class HklTextTests
{
    [Theory]
    [InlineData("1 0 -2", 1, 0, -2)]
    [InlineData("(1,0,-2)", 1, 0, -2)]
    [InlineData("-1 1 2", -1, 1, 2)]
    [InlineData("1,0,-2", 1, 0, -2)]
    [InlineData("10-2", 1, 0, -2)]
    [InlineData("-1-12", -1, -1, 2)]
    [InlineData(" [ 2 ; 2 ; 0 ] ", 2, 2, 0)]
    [InlineData("1 \u22121 2", 1, -1, 2)]
    [InlineData("10 0 -12", 10, 0, -12)]
    public void Reads_the_documented_forms(string text, int h, int k, int l) => Assert.Equal(new Hkl(h, k, l), HklText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1 0")]
    [InlineData("1 0 -2 3")]
    [InlineData("1.5 0 0")]
    [InlineData("a b c")]
    [InlineData("1012")]
    [InlineData("1 0 99999")]
    [InlineData(null)]
    public void Refuses_non_integer_or_wrong_count(string? text)
    {
        var ex = Assert.Throws<InputException>(() => HklText.Parse(text));
        Assert.Equal("hkl", ex.Problem.Field);
        Assert.False(HklText.TryParse(text, out _));
    }

    [Fact]
    public void Round_trips_through_ToString() => Assert.Equal(new Hkl(1, -1, 2), HklText.Parse(new Hkl(1, -1, 2).ToString()));
}
