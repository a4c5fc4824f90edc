using DfxrmViz.Core.Cif;

namespace DfxrmViz.Core.Tests.Cif;

public class CifNumberTests
{
    // CIF 1.1 numbers: s.u. in units of the last digit (gemmi numb.hpp as_number).
    [Theory]
    [InlineData("1.234(5)", 1.234, 0.005)]
    [InlineData("5.7779174(9)", 5.7779174, 0.0000009)]
    [InlineData("14.26920510(15)", 14.26920510, 0.00000015)]
    [InlineData("12(3)", 12, 3)]
    [InlineData("-0.5", -0.5, double.NaN)]
    [InlineData("+.25", 0.25, double.NaN)]
    [InlineData("1.2e3(4)", 1200, 400)]
    [InlineData("1E-2", 0.01, double.NaN)]
    public void Parses_value_and_su(string text, double value, double su)
    {
        var n = CifNumber.TryParse(text)!.Value;
        Assert.Equal(value, n.Value, 1e-12);
        if (double.IsNaN(su))
        {
            Assert.Null(n.StandardUncertainty);
        }
        else
        {
            Assert.Equal(su, n.StandardUncertainty!.Value, 1e-12);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("1.2(")]
    [InlineData("1.2(x)")]
    [InlineData("(3)")]
    [InlineData("0x10")]
    [InlineData("1.2.3")]
    [InlineData("e5")]
    public void Rejects_non_numbers(string text) => Assert.Null(CifNumber.TryParse(text));
}
