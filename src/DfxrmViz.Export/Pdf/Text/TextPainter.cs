using System.Text;
using DfxrmViz.Export.Pdf.Drawing;
using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Text;

/// <summary>Measures and draws single-line text in a style, switching typeface per character where the style's face lacks a
/// glyph (<see cref="PdfFonts.FaceFor"/>). Glyphs are placed by their advances, without kerning or shaping, so the PDF's
/// text is exactly the characters given (searchable, copyable).</summary>
internal sealed class TextPainter(PdfFonts fonts)
{
    /// <summary>A stretch of text drawn with one typeface.</summary>
    internal readonly record struct Run(SKTypeface Face, string Text);

    public PdfFonts Fonts { get; } = fonts;

    /// <summary>Splits <paramref name="text"/> into runs of one face each. Characters no face has, control characters
    /// (U+0000–U+001F, U+007F–U+009F: a user's file name may hold them) and lone surrogates (<see cref="string.EnumerateRunes"/>
    /// yields U+FFFD for them) become U+FFFD, so the PDF's text is printable and copies out as it looks.</summary>
    public List<Run> Runs(string text, TextStyle style)
    {
        var runs = new List<Run>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var r = rune;
            var f = Rune.IsControl(r) ? null : Fonts.FaceFor(r.Value, style);
            if (f is null)
            {
                r = new Rune(PdfFonts.Replacement);
                f = Fonts.Face(style);
            }
            if (face is not null && f != face)
            {
                runs.Add(new Run(face, current.ToString()));
                current.Clear();
            }
            face = f;
            current.Append(r.ToString());
        }
        if (face is not null)
        {
            runs.Add(new Run(face, current.ToString()));
        }
        return runs;
    }

    /// <summary>Advance width of <paramref name="text"/> in points.</summary>
    public float Measure(string text, TextStyle style, float size)
    {
        var width = 0f;
        foreach (var run in Runs(text, style))
        {
            width += Fonts.Font(run.Face, size).MeasureText(run.Text);
        }
        return width;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline's left end at (x, baseline); returns the advance.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, float size, ReportColor color)
    {
        using var paint = new SKPaint { Color = color.ToSk(), IsAntialias = true, Style = SKPaintStyle.Fill };
        var start = x;
        foreach (var run in Runs(text, style))
        {
            var font = Fonts.Font(run.Face, size);
            canvas.DrawText(run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run.Text);
        }
        return x - start;
    }

    /// <summary>Draws text so that the point <paramref name="anchor"/> of its box sits at (x, y) (y down, page points).</summary>
    public void DrawAnchored(SKCanvas canvas, string text, float x, float y, TextAnchor anchor, TextStyle style, float size,
        ReportColor color)
    {
        var box = AnchoredBox(text, x, y, anchor, style, size);
        Draw(canvas, text, box.Left, box.Top + Ascent(size), style, size, color);
    }

    /// <summary>The box (advance width × ascent + descent) of text whose point <paramref name="anchor"/> sits at (x, y):
    /// what <see cref="DrawAnchored"/> covers.</summary>
    public SKRect AnchoredBox(string text, float x, float y, TextAnchor anchor, TextStyle style, float size)
    {
        var width = Measure(text, style, size);
        var (ascent, descent) = (Ascent(size), Descent(size));
        var left = anchor switch
        {
            TextAnchor.BaselineCenter or TextAnchor.Center or TextAnchor.TopCenter => x - width / 2,
            TextAnchor.BaselineRight or TextAnchor.MiddleRight or TextAnchor.TopRight => x - width,
            _ => x,
        };
        var baseline = anchor switch
        {
            TextAnchor.MiddleLeft or TextAnchor.Center or TextAnchor.MiddleRight => y + (ascent - descent) / 2,
            TextAnchor.TopLeft or TextAnchor.TopCenter or TextAnchor.TopRight => y + ascent,
            _ => y,
        };
        return new SKRect(left, baseline - ascent, left + width, baseline + descent);
    }

    /// <summary>Height of capitals and ascenders above the baseline (DejaVu Sans), points.</summary>
    public float Ascent(float size) => -Fonts.Font(Fonts.Regular, size).Metrics.Ascent * 0.82f;

    /// <summary>Depth of descenders below the baseline (DejaVu Sans), points.</summary>
    public float Descent(float size) => Fonts.Font(Fonts.Regular, size).Metrics.Descent;
}
