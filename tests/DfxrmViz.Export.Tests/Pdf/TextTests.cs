using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;

namespace DfxrmViz.Export.Tests.Pdf;

public class TextTests
{
    [Fact]
    public void Markup_gives_bold_and_mono_spans_and_keeps_unclosed_markers()
    {
        Assert.Equal([new TextSpan("a "), new TextSpan("b", TextStyle.Bold), new TextSpan(" "), new TextSpan("c", TextStyle.Mono),
            new TextSpan(" **d")], RichText.Parse("a **b** `c` **d"));
    }

    [Fact]
    public void Lines_break_at_spaces_within_the_width_and_long_words_between_characters()
    {
        using var fonts = new PdfFonts();
        var painter = new TextPainter(fonts);
        var lines = TextWrapper.Wrap(painter, "alpha beta gamma delta epsilon", TextStyle.Regular, 10, 60);
        Assert.All(lines, l => Assert.True(l.Width <= 60, $"{l.PlainText}: {l.Width}"));
        Assert.Equal("alpha beta gamma delta epsilon", string.Join(" ", lines.Select(l => l.PlainText)));
        var url = TextWrapper.Wrap(painter, "https://example.org/" + new string('x', 80), TextStyle.Mono, 8, 100);
        Assert.True(url.Count > 1);
        Assert.All(url, l => Assert.True(l.Width <= 100 + 1e-3));
        Assert.Equal("https://example.org/" + new string('x', 80), string.Concat(url.Select(l => l.PlainText)));
        Assert.Equal(["one", "two"], TextWrapper.Wrap(painter, "one\ntwo", TextStyle.Regular, 10, 500).Select(l => l.PlainText));
    }

    [Fact]
    public void Measured_width_is_the_sum_of_the_glyph_advances_of_each_face()
    {
        using var fonts = new PdfFonts();
        var painter = new TextPainter(fonts);
        var runs = painter.Runs("a⟂b", TextStyle.Regular);
        Assert.Equal(["a", "⟂", "b"], runs.Select(r => r.Text));
        Assert.Same(fonts.Math, runs[1].Face);
        var sum = runs.Sum(r => fonts.Font(r.Face, 10).MeasureText(r.Text));
        Assert.Equal(sum, painter.Measure("a⟂b", TextStyle.Regular, 10), 1e-4);
    }
}
