using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using QRCoder;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>A QR code (QRCoder, error correction level M: 15 % of the code may be lost, ISO/IEC 18004 §5.1) drawn as one
/// vector rectangle per run of dark modules (one filled path), with its caption beside it and the URL, linked, under it.</summary>
internal static class QrCodeLayout
{
    private const float UrlSize = 8f;

    public static void Place(QrCodeBlock block, PageFlow flow, TextPainter text)
    {
        var modules = Modules(block.Url);
        var size = modules is null ? 0 : block.SizePt;
        var captionLeft = modules is null ? 0 : size + 12f;
        var captionText = modules is null
            ? (block.Caption is null ? "" : block.Caption + "\n") + $"The address ({block.Url.Length} characters) is too long for a QR code; saving the plan gives a short one."
            : block.Caption;
        var caption = captionText is null ? [] : TextWrapper.Wrap(text, RichText.Parse(captionText), ReportStyle.BodySize, PageFlow.Width - captionLeft);
        var codeHeight = Math.Max(size, caption.Count * ReportStyle.LineHeight(ReportStyle.BodySize) + (modules is null ? 0 : 14f));
        flow.Place(codeHeight + 2f, (canvas, top) =>
        {
            var left = PageFlow.Left;
            if (modules is not null)
            {
                DrawModules(canvas, modules, left, top, size);
                canvas.DrawUrlAnnotation(SKRect.Create(left, top, size, size), block.Url);
            }
            var captionTop = top + (modules is null ? 0 : 14f);
            for (var i = 0; i < caption.Count; i++)
            {
                var baseline = captionTop + text.Ascent(ReportStyle.BodySize) + i * ReportStyle.LineHeight(ReportStyle.BodySize);
                TextLayout.DrawLine(canvas, text, caption[i], left + captionLeft, baseline, ReportStyle.BodySize, ReportColor.Ink);
            }
        });
        // The URL flows line by line, so even an address of thousands of characters continues on the next page.
        var urlLineHeight = ReportStyle.LineHeight(UrlSize);
        foreach (var line in TextWrapper.Wrap(text, block.Url, TextStyle.Mono, UrlSize, PageFlow.Width))
        {
            flow.Place(urlLineHeight, (canvas, top) =>
            {
                TextLayout.DrawLine(canvas, text, line, PageFlow.Left, top + text.Ascent(UrlSize), UrlSize, ReportStyle.Accent);
                canvas.DrawUrlAnnotation(SKRect.Create(PageFlow.Left, top, line.Width, urlLineHeight), block.Url);
            });
        }
    }

    /// <summary>Module matrix of <paramref name="url"/>, quiet zone (4 modules) included; true = dark. Null when the text does
    /// not fit the largest code (version 40-M: 2331 bytes).</summary>
    internal static bool[][]? Modules(string url)
    {
        try
        {
            using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
            return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
        }
        catch (QRCoder.Exceptions.DataTooLongException)
        {
            return null;
        }
    }

    private static void DrawModules(SKCanvas canvas, bool[][] modules, float left, float top, float size)
    {
        var n = modules.Length;
        var m = size / n;
        using (var white = SkiaConversions.Fill(ReportColor.White))
        {
            canvas.DrawRect(SKRect.Create(left, top, size, size), white);
        }
        // One path for all dark runs: touching rectangles of one fill leave no hairline seams in PDF viewers.
        using var builder = new SKPathBuilder();
        for (var y = 0; y < n; y++)
        {
            var x = 0;
            while (x < n)
            {
                if (!modules[y][x])
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < n && modules[y][x])
                {
                    x++;
                }
                builder.AddRect(SKRect.Create(left + start * m, top + y * m, (x - start) * m, m));
            }
        }
        using var path = builder.Detach();
        using var dark = SkiaConversions.Fill(new ReportColor(0, 0, 0));
        canvas.DrawPath(path, dark);
    }
}
