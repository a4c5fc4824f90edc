using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>A crystal name inside a CSV comment line stays in that one cell (OWASP "CSV Injection": a cell a spreadsheet
/// reads as a formula starts with =, +, −, @ — here it could only start after a comma or a line break).</summary>
public class CsvTextTests
{
    [Theory]
    [InlineData("Lithium niobate", "Lithium niobate")]
    [InlineData("x,=HYPERLINK(\"http://evil\"),y", "x;=HYPERLINK(\"http://evil\");y")]
    [InlineData("a\r\n=1+1", "a\uFFFD\uFFFD=1+1")]
    [InlineData("α-S₈ 😀", "α-S₈ 😀")]
    public void A_name_in_a_comment_stays_one_cell_of_one_line(string name, string expected) =>
        Assert.Equal(expected, CsvText.InComment(name));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        // Built in code: an attribute's string cannot carry a lone surrogate (metadata stores UTF-8).
        Assert.Equal("lone \uFFFD surrogate", CsvText.InComment("lone " + (char)0xD800 + " surrogate"));

    [Fact]
    public void The_reflections_csv_header_keeps_a_hostile_name_in_its_comment_cell()
    {
        var t = ReflectionCalculator.Compute(CrystalLibrary.Load("Si"), 17, 0, 45);
        var csv = ReflectionsCsv.Write(t, "Si,=cmd|' /C calc'!A0\n=2+2");
        var lines = csv.Split('\n');
        Assert.StartsWith("# DfxrmViz reflections: Si;=cmd|' /C calc'!A0\uFFFD=2+2, E = 17 keV", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith('='));
    }
}
