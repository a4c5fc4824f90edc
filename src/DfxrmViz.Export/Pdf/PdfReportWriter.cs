using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf;

/// <summary>Prints a <see cref="ReportModel"/> as an A4 PDF with SkiaSharp's PDF backend. Text is real text in embedded DejaVu
/// fonts (searchable, copyable); plots, figures and the QR code are vectors. Deterministic: the PDF's dates are the model's
/// time and Skia writes no random ids, so the same model gives the same bytes.</summary>
public static class PdfReportWriter
{
    /// <summary>The PDF as bytes.</summary>
    public static byte[] Write(ReportModel model)
    {
        using var stream = new MemoryStream();
        Write(model, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the PDF to <paramref name="output"/> (left open).</summary>
    /// <exception cref="ArgumentException">the model has no title or a null block.</exception>
    public static void Write(ReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(model.Title))
        {
            throw new ArgumentException("The report needs a title.", nameof(model));
        }
        if (model.Blocks is null || model.Blocks.Any(b => b is null))
        {
            throw new ArgumentException("The report's block list is missing or holds a null block.", nameof(model));
        }
        using var fonts = new PdfFonts();
        var text = new TextPainter(fonts);
        var flow = new PageFlow();
        foreach (var block in model.Blocks)
        {
            BlockLayout.Place(block, flow, text);
        }
        var time = model.CreatedUtc.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = model.Title,
            Creator = "DfxrmViz " + model.AppVersion,
            Producer = "DfxrmViz " + model.AppVersion + " (SkiaSharp PDF)",
            Creation = time,
            Modified = time,
            // Skia rounds the page to whole raster pixels: at 2540 dpi A4 is exactly 21000 × 29700 px (210 × 297 mm), so the
            // MediaBox is 595.2756 × 841.8898 pt; at 300 dpi it would be 595.2 × 841.92. Nothing in the report is rasterised.
            RasterDpi = 2540,
            EncodingQuality = 101, // lossless if an image is ever embedded (the struct's default 0 means JPEG quality 0)
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var pages = flow.Pages;
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
                PageFurniture.Draw(canvas, model, text, i + 1, pages.Count);
                foreach (var fragment in pages[i])
                {
                    fragment.Draw(canvas);
                }
                document.EndPage();
            }
            document.Close();
        }
        output.Flush();
    }
}
