using System.Globalization;
using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Header (title, UTC time) and footer (app version, reopen link, "page n of m") of every page.</summary>
internal static class PageFurniture
{
    private const float Size = ReportStyle.HeaderSize;

    /// <summary>"2026-11-24 10:15:03 UTC".</summary>
    public static string UtcStamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"page 2 of 5".</summary>
    public static string PageLabel(int page, int pages) => string.Create(CultureInfo.InvariantCulture, $"page {page} of {pages}");

    public static void Draw(SKCanvas canvas, ReportModel model, TextPainter text, int page, int pages)
    {
        var left = PageGeometry.MarginLeft;
        var right = PageGeometry.Width - PageGeometry.MarginRight;
        using var rule = SkiaConversions.Stroke(ReportStyle.Rule, 0.5f);

        var stamp = UtcStamp(model.CreatedUtc);
        var stampWidth = text.Measure(stamp, TextStyle.Regular, Size);
        var title = Fit(text, model.Title, TextStyle.Bold, right - left - stampWidth - 16f);
        text.Draw(canvas, title, left, PageGeometry.HeaderBaseline, TextStyle.Bold, Size, ReportColor.Ink);
        text.Draw(canvas, stamp, right - stampWidth, PageGeometry.HeaderBaseline, TextStyle.Regular, Size, ReportColor.Muted);
        canvas.DrawLine(left, PageGeometry.HeaderRule, right, PageGeometry.HeaderRule, rule.Paint);

        canvas.DrawLine(left, PageGeometry.FooterRule, right, PageGeometry.FooterRule, rule.Paint);
        var pageLabel = PageLabel(page, pages);
        var pageWidth = text.Measure(pageLabel, TextStyle.Regular, Size);
        text.Draw(canvas, pageLabel, right - pageWidth, PageGeometry.FooterBaseline, TextStyle.Regular, Size, ReportColor.Ink);
        var version = "DfxrmViz " + model.AppVersion;
        var x = left + text.Draw(canvas, version, left, PageGeometry.FooterBaseline, TextStyle.Regular, Size, ReportColor.Muted);
        if (model.ReopenUrl is { Length: > 0 } url)
        {
            var lead = "   reopen: ";
            x += text.Draw(canvas, lead, x, PageGeometry.FooterBaseline, TextStyle.Regular, Size, ReportColor.Muted);
            var shown = Fit(text, url, TextStyle.Mono, right - pageWidth - 16f - x, 7f);
            var w = text.Draw(canvas, shown, x, PageGeometry.FooterBaseline, TextStyle.Mono, 7f, ReportStyle.Accent);
            canvas.DrawUrlAnnotation(SKRect.Create(x, PageGeometry.FooterBaseline - 7f, w, 9f), url);
        }
    }

    /// <summary>The text, cut with "…" at the end if it is wider than <paramref name="width"/>.</summary>
    private static string Fit(TextPainter text, string s, TextStyle style, float width, float size = Size)
    {
        if (text.Measure(s, style, size) <= width)
        {
            return s;
        }
        var cut = s.Length;
        while (cut > 1 && text.Measure(s[..cut] + "…", style, size) > width)
        {
            cut--;
        }
        return s[..cut] + "…";
    }
}
