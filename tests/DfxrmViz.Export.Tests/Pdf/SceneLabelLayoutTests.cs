using System.Text.RegularExpressions;
using DfxrmViz.Core.Planning;
using DfxrmViz.Export.Files;
using DfxrmViz.Export.Pdf.Figure;
using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The labels of the logbook's 3D projections of real plans (the example, blocked by the χ limit, and the reachable
/// plan of <see cref="PlanLogbookTests"/>): apart, whole inside the figure, the cell's, sample's, Q's and 2θ's all drawn, every
/// label left out listed under the figure; in the PDF no two letters lie on each other.</summary>
public partial class SceneLabelLayoutTests
{
    /// <summary>Cell, sample, and Q and 2θ among the beams (<see cref="SceneLabelPriority"/>).</summary>
    private const double Important = 3.5;

    public static TheoryData<string> Plans => ["example", "reachable"];

    private static Plan PlanNamed(string name) => name == "example" ? Plan.Example : PlanLogbookTests.Reachable;

    [Theory]
    [MemberData(nameof(Plans))]
    public void Labels_of_the_beam_and_side_views_lie_apart_inside_the_figure_and_the_important_ones_are_drawn(string plan)
    {
        var scene = new PlanPipeline().Compute(PlanNamed(plan)).Scene.Value!;
        using var fonts = new PdfFonts();
        var text = new TextPainter(fonts);
        var figures = SceneFigure.BeamAndSide(scene);
        Assert.Equal(2, figures.Count);
        foreach (var fig in figures)
        {
            var area = SKRect.Create(0, 0, PageGeometry.ContentWidth, fig.HeightPt);
            var layout = FigureLabelLayout.Of(fig, text, area);
            var labels = fig.Elements.Select((e, i) => (Label: e as FigureLabel, Index: i)).Where(l => l.Label is not null).ToList();
            Assert.True(labels.Count >= 15, $"{fig.Title}: {labels.Count} labels");
            Assert.Equal(labels.Count, layout.Placed.Count + layout.Dropped.Count);
            var boxes = layout.Placed.Values.ToList();
            Assert.All(boxes, b => Assert.True(b.Left >= area.Left - 1e-3f && b.Right <= area.Right + 1e-3f
                && b.Top >= area.Top - 1e-3f && b.Bottom <= area.Bottom + 1e-3f, $"{fig.Title}: {b} leaves {area}"));
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(boxes[i].IntersectsWith(boxes[j]), $"{fig.Title}: {boxes[i]} overlaps {boxes[j]}");
                }
            }
            var important = labels.Where(l => l.Label!.Priority >= Important).ToList();
            Assert.Contains(important, l => l.Label!.Text.StartsWith("2θ", StringComparison.Ordinal));
            Assert.Contains(important, l => l.Label!.Text.StartsWith("Q ", StringComparison.Ordinal));
            Assert.All(important, l => Assert.True(layout.Placed.ContainsKey(l.Index), $"{fig.Title}: '{l.Label!.Text}' left out"));
            // The detector's label was cut at the right edge of the side view: now it is drawn whole, or listed.
            var detector = labels.Single(l => l.Label!.Text.StartsWith("detector: d2 = ", StringComparison.Ordinal));
            Assert.True(layout.Placed.ContainsKey(detector.Index) || layout.Legend!.Contains(detector.Label!.Text, StringComparison.Ordinal));
            Assert.All(layout.Dropped, d => Assert.Contains(d.Text, layout.Legend!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void In_the_example_report_no_two_letters_cover_each_other_and_every_label_text_is_in_the_pdf()
    {
        var results = new PlanPipeline().Compute(Plan.Example);
        var url = "http://127.0.0.1:5000/?plan=" + PlanAddress.Encode(Plan.Example); // the API's reopen link: a long one
        var pdf = PlanFiles.Make(PlanFiles.ReportPdf, results, new LogbookContext(SampleModels.Time, url)).Bytes;
        PdfArtifacts.Save("example-report.pdf", pdf);
        var pages = PdfReadBack.PageTexts(pdf);
        var views = pages.Select((t, i) => (Text: t, Page: i + 1)).Where(p => p.Text.Contains("Along the beam", StringComparison.Ordinal)
            || p.Text.Contains("From the side", StringComparison.Ordinal)).Select(p => p.Page).ToList();
        Assert.NotEmpty(views);
        foreach (var page in views)
        {
            var letters = PdfReadBack.Letters(pdf, page).Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Area > 0).ToList();
            for (var i = 0; i < letters.Count; i++)
            {
                for (var j = i + 1; j < letters.Count; j++)
                {
                    var (a, b) = (letters[i].BoundingBox, letters[j].BoundingBox);
                    var w = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                    var h = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                    // Neighbouring glyphs of one word may touch at their side bearings; letters of two labels on each other share far more.
                    Assert.False(w > 0 && h > 0 && w * h > 0.25 * Math.Min(a.Area, b.Area),
                        $"page {page}: '{letters[i].Value}' at {a} covers '{letters[j].Value}' at {b}");
                }
            }
        }
        var all = Spaces().Replace(string.Join(" ", pages), " ");
        var labels = SceneFigure.BeamAndSide(results.Scene.Value!).SelectMany(f => f.Elements.OfType<FigureLabel>()).Select(l => l.Text).Distinct();
        Assert.All(labels, l => Assert.Contains(Spaces().Replace(l, " "), all, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
