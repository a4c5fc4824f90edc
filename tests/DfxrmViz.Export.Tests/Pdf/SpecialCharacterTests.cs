using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The symbols of the logbook come back out of the PDF as the same characters (text is text, not outlines).</summary>
public class SpecialCharacterTests
{
    public static TheoryData<TextStyle> Styles => [TextStyle.Regular, TextStyle.Bold, TextStyle.Mono];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_symbol_is_extracted_as_itself(TextStyle style)
    {
        var symbols = SampleModels.Specials.Split(' ');
        var pdf = PdfReportWriter.Write(SampleModels.With(new ParagraphBlock([new TextSpan("Symbols: " + string.Join(" ", symbols), style)])));
        var letters = PdfReadBack.Letters(pdf, 1).Select(l => l.Value).ToHashSet();
        Assert.All(symbols.SelectMany(s => s.EnumerateRunes()).Select(r => r.ToString()), s => Assert.Contains(s, letters));
        Assert.Contains("Symbols: " + string.Join(" ", symbols), PdfReadBack.AllText(pdf));
        Assert.DoesNotContain("\uFFFD", letters);
    }

    [Fact]
    public void Symbols_in_table_cells_and_plot_labels_are_text_too()
    {
        var table = new DataTableBlock(null, [new TableColumn("θ (°)"), new TableColumn("χ, φ, ω")],
            [new TableRow(["λ = 0.7293 Å", "Q ⟂ surface, ∠ = 90°"], true)]);
        var plot = new LinePlotBlock(null, new PlotAxis("E (keV)", AxisScale.Log), new PlotAxis("µ (cm⁻¹)", AxisScale.Log),
            [new PlotSeries("µ/ρ × ρ", [new(1, 1), new(10, 100)])]);
        var text = PdfReadBack.AllText(PdfReportWriter.Write(SampleModels.With(table, plot)));
        foreach (var word in new[] { "θ", "χ,", "φ,", "ω", "λ", "Å", "⟂", "∠", "90°", "µ", "µ (cm⁻¹)", "µ/ρ", "×" })
        {
            Assert.Contains(word, text);
        }
    }

    [Fact]
    public void The_perpendicular_sign_comes_from_the_math_font_and_the_rest_from_DejaVu_Sans()
    {
        // DejaVu Sans 2.37 has no U+27C2; DejaVu Math TeX Gyre has it (Fonts/README.md).
        var pdf = PdfReportWriter.Write(SampleModels.With(new ParagraphBlock([new TextSpan("Q ⟂ n")])));
        var letters = PdfReadBack.Letters(pdf, 1);
        var perp = Assert.Single(letters, l => l.Value == "⟂");
        Assert.Contains("DejaVuMathTeXGyre", perp.FontName);
        Assert.Contains("DejaVuSans", letters.First(l => l.Value == "Q").FontName);
    }

    [Fact]
    public void A_character_no_shipped_font_has_is_printed_as_the_replacement_character()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new ParagraphBlock([new TextSpan("crystal 漢")])));
        var words = PdfReadBack.AllText(pdf);
        Assert.Contains("crystal \uFFFD", words);
        Assert.DoesNotContain("漢", words);
    }

    [Fact]
    public void Fonts_are_embedded_never_taken_from_the_system()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new ParagraphBlock([new TextSpan("θ **b** ⟂")])));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var fonts = doc.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+DejaVu", f)); // subset tag + DejaVu name: an embedded font
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/FontFile2", raw); // TrueType font program embedded (ISO 32000-1 §9.9)
    }
}
