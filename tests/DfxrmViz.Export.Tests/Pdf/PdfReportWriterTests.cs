using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Model;
using UglyToad.PdfPig;

namespace DfxrmViz.Export.Tests.Pdf;

public class PdfReportWriterTests
{
    [Fact]
    public void Pages_are_A4_and_carry_header_and_footer()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new HeadingBlock("One"), new PageBreakBlock(), new HeadingBlock("Two")));
        PdfArtifacts.Save("writer-two-pages.pdf", pdf);
        using var doc = PdfDocument.Open(pdf);
        Assert.Equal(2, doc.NumberOfPages);
        foreach (var page in doc.GetPages())
        {
            // ISO 216 A4 = 210 × 297 mm = 595.28 × 841.89 pt.
            Assert.Equal(595.28, page.Width, 0.01);
            Assert.Equal(841.89, page.Height, 0.01);
        }
        var texts = PdfReadBack.PageTexts(pdf);
        Assert.Contains("page 1 of 2", texts[0]);
        Assert.Contains("page 2 of 2", texts[1]);
        Assert.All(texts, t => Assert.Contains("Test report", t));
        Assert.All(texts, t => Assert.Contains("2026-11-24 10:15:03 UTC", t));
        Assert.All(texts, t => Assert.Contains("DfxrmViz 1.0.0-test", t));
    }

    [Fact]
    public void Every_block_kind_renders()
    {
        var pdf = PdfReportWriter.Write(KitchenSink.Model());
        PdfArtifacts.Save("every-block.pdf", pdf);
        var text = PdfReadBack.AllText(pdf);
        Assert.Contains("Every block kind", text);
        Assert.Contains("kₕ", text);
    }
}
