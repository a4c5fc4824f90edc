using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>A boxed note: tinted band, a bar and an icon in the kind's colour, the status word in bold, then the text.
/// The word and the icon's shape carry the meaning, the colour only repeats it.</summary>
internal static class CalloutLayout
{
    private const float Pad = 5f;
    private const float IconBox = 22f;

    public static void Place(CalloutBlock block, PageFlow flow, TextPainter text)
    {
        var size = 9f;
        var lineHeight = ReportStyle.LineHeight(size);
        var spans = new List<TextSpan> { new((block.Word ?? ReportStyle.KindWord(block.Kind)) + "  ", TextStyle.Bold) };
        if (!string.IsNullOrEmpty(block.Label))
        {
            spans.Add(new TextSpan(block.Label + ": ", TextStyle.Bold));
        }
        spans.AddRange(RichText.Parse(block.Text));
        var textWidth = PageFlow.Width - IconBox - 2 * Pad;
        var lines = TextWrapper.Wrap(text, spans, size, textWidth);
        var height = Math.Max(lines.Count * lineHeight, 14f) + 2 * Pad;
        flow.Place(height, (canvas, top) =>
        {
            var color = ReportStyle.KindColor(block.Kind);
            var box = SKRect.Create(PageFlow.Left, top, PageFlow.Width, height);
            using (var band = SkiaConversions.Fill(ReportStyle.KindBand(block.Kind)))
            {
                canvas.DrawRect(box, band);
            }
            using (var bar = SkiaConversions.Fill(color))
            {
                canvas.DrawRect(SKRect.Create(box.Left, box.Top, 2.5f, box.Height), bar);
            }
            var firstBaseline = top + Pad + text.Ascent(size) + 1f;
            CalloutIcons.Draw(canvas, block.Kind, box.Left + 4f + IconBox / 2 - 2f, firstBaseline - text.Ascent(size) / 2 + 0.5f, 6.2f, color);
            for (var i = 0; i < lines.Count; i++)
            {
                var ink = ReportColor.Ink;
                TextLayout.DrawLine(canvas, text, lines[i], box.Left + IconBox + Pad, firstBaseline + i * lineHeight, size, ink);
            }
        });
    }
}
