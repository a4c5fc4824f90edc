using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Numbers that are not finite never reach the PDF: points are left out, bounds count as not given.</summary>
public class BadNumberTests
{
    [Fact]
    public void Non_finite_points_bounds_and_guides_are_left_out()
    {
        var plot = new LinePlotBlock("p", new PlotAxis("x", AxisScale.Log, double.NaN, double.PositiveInfinity), new PlotAxis("y", Min: double.NegativeInfinity),
            [new PlotSeries("s", [new(1, 1), new(double.NaN, 2), new(10, double.PositiveInfinity), new(100, 3), new(-1, 4)])],
            [new PlotGuide(double.NaN, "nan"), new PlotGuide(5, "five")]);
        var figure = new VectorFigureBlock("f", new FigureViewBox(0, 0, double.NaN, 1),
            [new FigurePolyline([new(0, 0), new(double.NaN, 1)], new FigureStroke(ReportColor.Ink)), new FigureLabel(new(0.5, 0.5), "label"),
             new FigureCircle(new(0, 0), double.PositiveInfinity, ReportColor.Ink, null)]);
        var pdf = PdfReportWriter.Write(SampleModels.With(plot, figure, new PageBreakBlock(), new DataTableBlock(null, [new TableColumn("empty")], [])));
        using (var doc = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            foreach (var page in doc.GetPages())
            {
                // Every drawing operator's operands, as PdfPig decodes the content stream.
                Assert.All(page.Operations.Select(o => o.ToString() ?? ""), op => Assert.DoesNotMatch("NaN|Infinity|∞", op));
                Assert.All(page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>(),
                    r => Assert.True(double.IsFinite(r.Left + r.Right + r.Top + r.Bottom)));
            }
        }
        var text = PdfReadBack.AllText(pdf);
        Assert.Contains("five", string.Concat(PdfReadBack.Letters(pdf, 1).Select(l => l.Value))); // turned label: letters in drawing order
        Assert.Contains("label", text);
        Assert.DoesNotContain("nan", text, StringComparison.Ordinal);
        Assert.Equal(2, PdfReadBack.PageTexts(pdf).Count);
    }

    [Fact]
    public void A_model_without_title_or_with_a_null_block_is_refused_with_a_message()
    {
        Assert.Contains("title", Assert.Throws<ArgumentException>(() => PdfReportWriter.Write(SampleModels.With() with { Title = " " })).Message);
        Assert.Contains("null block", Assert.Throws<ArgumentException>(() => PdfReportWriter.Write(SampleModels.With(null!))).Message);
    }
}
