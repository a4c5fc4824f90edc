using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Headings and paragraphs.</summary>
internal static class TextLayout
{
    /// <summary>Space wanted below a heading for the start of its content: a section (level 1) that would start in the last
    /// fifth of a page starts on the next one. Whatever follows, the heading is placed keep-with-next, so the page flow never
    /// ends a page with it: it moves to the next page with the first fragment of its content.</summary>
    private const float KeepWithNext = 72f;
    private const float KeepSectionWithNext = 150f;

    public static void Heading(HeadingBlock h, PageFlow flow, TextPainter text)
    {
        var level1 = h.Level <= 1;
        var size = level1 ? ReportStyle.Heading1Size : ReportStyle.Heading2Size;
        flow.Space(level1 ? 8f : 4f);
        var lines = TextWrapper.Wrap(text, h.Text, TextStyle.Bold, size, PageFlow.Width);
        var lineHeight = ReportStyle.LineHeight(size);
        var height = lines.Count * lineHeight + (level1 ? 6f : 2f);
        flow.Need(height + (level1 ? KeepSectionWithNext : KeepWithNext));
        flow.Place(height, (canvas, top) =>
        {
            var color = level1 ? ReportStyle.Accent : ReportColor.Ink;
            for (var i = 0; i < lines.Count; i++)
            {
                DrawLine(canvas, text, lines[i], PageFlow.Left, top + text.Ascent(size) + i * lineHeight, size, color);
            }
            if (level1)
            {
                using var rule = SkiaConversions.Stroke(ReportStyle.Accent, 0.8f);
                var y = top + height - 3f;
                canvas.DrawLine(PageFlow.Left, y, PageFlow.Left + PageFlow.Width, y, rule.Paint);
            }
        }, keepWithNext: true);
        flow.Space(level1 ? 5f : 2f);
    }

    public static void Paragraph(ParagraphBlock p, PageFlow flow, TextPainter text)
    {
        var lineHeight = ReportStyle.LineHeight(p.Size);
        foreach (var line in TextWrapper.Wrap(text, p.Spans, p.Size, PageFlow.Width))
        {
            flow.Place(lineHeight, (canvas, top) =>
                DrawLine(canvas, text, line, PageFlow.Left, top + text.Ascent(p.Size) + 1f, p.Size, ReportColor.Ink));
        }
    }

    /// <summary>Draws the spans of a wrapped line with its baseline at <paramref name="baseline"/>.</summary>
    public static void DrawLine(SKCanvas canvas, TextPainter text, TextLine line, float left, float baseline, float size,
        ReportColor color)
    {
        foreach (var span in line.Spans)
        {
            text.Draw(canvas, span.Text, left + span.X, baseline, span.Style, size, color);
        }
    }

    /// <summary>Height of a block title line (tables, key–value lists, figures, plots).</summary>
    public static float TitleHeight => ReportStyle.LineHeight(TitleSize) + 1f;

    /// <summary>Type size of block titles.</summary>
    public const float TitleSize = 9f;

    /// <summary>Places a block title as its own fragment, kept with the first fragment of its block.</summary>
    public static void PlaceTitle(PageFlow flow, TextPainter text, string title) =>
        flow.Place(TitleHeight, (canvas, top) => DrawTitle(canvas, text, title, PageFlow.Left, top), keepWithNext: true);

    /// <summary>Draws a block title with its top at <paramref name="top"/>.</summary>
    public static void DrawTitle(SKCanvas canvas, TextPainter text, string title, float left, float top) =>
        text.Draw(canvas, title, left, top + text.Ascent(TitleSize), TextStyle.Bold, TitleSize, ReportColor.Ink);

    /// <summary>Wrapped small print (notes under tables and figures); returns the height used.</summary>
    public static float SmallPrintHeight(TextPainter text, string note, float width) =>
        TextWrapper.Wrap(text, note, TextStyle.Regular, ReportStyle.SmallSize, width).Count * ReportStyle.LineHeight(ReportStyle.SmallSize);

    /// <summary>Draws wrapped small print with its first line's top at <paramref name="top"/>.</summary>
    public static void DrawSmallPrint(SKCanvas canvas, TextPainter text, string note, float left, float top, float width)
    {
        var size = ReportStyle.SmallSize;
        var lines = TextWrapper.Wrap(text, note, TextStyle.Regular, size, width);
        for (var i = 0; i < lines.Count; i++)
        {
            DrawLine(canvas, text, lines[i], left, top + text.Ascent(size) + i * ReportStyle.LineHeight(size), size, ReportColor.Muted);
        }
    }
}
