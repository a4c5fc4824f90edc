using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Model;
using UglyToad.PdfPig;

namespace DfxrmViz.Export.Tests.Pdf;

public class QrCodeTests
{
    [Fact]
    public void The_url_is_printed_as_text_and_linked()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new QrCodeBlock(SampleModels.Url, "Scan to reopen")));
        Assert.Contains(SampleModels.Url, PdfReadBack.PageTexts(pdf)[0].Split(' '));
        using var doc = PdfDocument.Open(pdf);
        var links = doc.GetPage(1).GetHyperlinks().Select(h => h.Uri).ToList();
        Assert.True(links.Count(u => u == SampleModels.Url) >= 3, string.Join(", ", links)); // code, URL under it, footer
    }

    [Fact]
    public void The_code_is_drawn_as_vector_squares_not_an_image()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new QrCodeBlock(SampleModels.Url)));
        using var doc = PdfDocument.Open(pdf);
        Assert.Empty(doc.GetPage(1).GetImages());
    }

    [Theory]
    [InlineData("https://dfxrmviz.example.org/p/Q2x8vR4mN7pLk3sT9wYb")]
    [InlineData("https://dfxrmviz.example.org/?plan=bZFNa8MwDIb_SnHPPjhx0tlH55rRQcYGu5QdQqgabSE2_1UIgt_-xMtpC2")]
    public void The_printed_code_decodes_to_the_url(string url)
    {
        // Rasterised by poppler (pdftoppm) at 150 dpi, read back by zbar (zbarimg): what a phone camera would do with a print.
        var pdf = PdfReportWriter.Write(SampleModels.With(new HeadingBlock("QR"), new QrCodeBlock(url, "Scan to reopen")));
        var path = PdfArtifacts.Save($"qr-{url.Length}.pdf", pdf);
        var png = ExternalTool.RenderPage(path, 1, 150);
        var decoded = ExternalTool.Run("zbarimg", "zbar-tools", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png).Trim();
        Assert.Equal(url, decoded);
    }

    [Fact]
    public void An_address_too_long_for_a_code_is_printed_whole_with_a_note()
    {
        // docs/api.md: a ?plan= address may reach 8 000 characters; QR version 40-M holds 2331 bytes (ISO/IEC 18004 Table 7).
        var url = "https://dfxrmviz.example.org/?plan=" + string.Concat(Enumerable.Range(0, 7900).Select(i => (char)('a' + i % 26)));
        var pdf = PdfReportWriter.Write(SampleModels.With(new QrCodeBlock(url, "Reopen")));
        var text = PdfReadBack.AllText(pdf);
        Assert.Contains("too long for a QR code", text);
        var lines = Enumerable.Range(1, PdfReadBack.PageTexts(pdf).Count).SelectMany(p => PdfReadBack.Lines(pdf, p))
            .Select(l => l.Text).Where(l => l.StartsWith("https://dfxrmviz.example.org/?plan=", StringComparison.Ordinal) || l.All(char.IsAsciiLetterLower));
        Assert.Equal(url, string.Concat(lines));
    }
}
