using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>A model with one block of every kind (renderer layout; numbers made up).</summary>
internal static class KitchenSink
{
    public static ReportModel Model() => SampleModels.With(
        new HeadingBlock("Every block kind"),
        ParagraphBlock.FromMarkup("A paragraph with **bold emphasis**, `mono text` and the symbols " + SampleModels.Specials +
            ". It is long enough to wrap onto a second line so that the line breaking at spaces can be seen on the page."),
        new CalloutBlock(CalloutKind.Ok, "The sample transmits 42 % at 17 keV.", Label: "Absorption"),
        new CalloutBlock(CalloutKind.Warning, "2θ = 31.2° is close to the 2θ limit of 32°.", Label: "Reachability"),
        new CalloutBlock(CalloutKind.Problem, "The mount disagrees with the found reflections by 3.1°.", Label: "Mount"),
        new CalloutBlock(CalloutKind.Unchecked, "No reflections were found yet.", Label: "Mount"),
        new CalloutBlock(CalloutKind.Note, "A note."),
        new KeyValueBlock("Inputs", [new("Energy", "17 keV"), new("Sample", "5000 × 5000 × 150 µm"), new("Crystal", "LiNbO3"),
            new("Link", SampleModels.Url, true), new("A long value", string.Join(" ", Enumerable.Repeat("word", 40)))], 2),
        new QrCodeBlock(SampleModels.Url, "**Reopen this plan**\nScan the code or follow the link."),
        SampleModels.LogLogPlot(),
        new LinePlotBlock("Transmission", new PlotAxis("Thickness (µm)"), new PlotAxis("Transmission (%)", Min: 0, Max: 100),
            [new PlotSeries("T", [.. Enumerable.Range(0, 101).Select(i => new PlotPoint(i * 4, 100 * Math.Exp(-i * 4 / 120.0)))]),
             new PlotSeries("sample", [new PlotPoint(150, 100 * Math.Exp(-150 / 120.0))], new SeriesStyle(DrawLine: false))],
            [new PlotGuide(150, "150 µm", GuideKind.Current), new PlotGuide(10, "warn below 10 %", GuideKind.Threshold, GuideOrientation.Horizontal)],
            200),
        new VectorFigureBlock("Figure", new FigureViewBox(-10, -10, 110, 60),
            [new FigurePolygon([new(0, 0), new(40, 0), new(40, 20), new(0, 20)], ReportColor.FromHex("#7d3c98").WithAlpha(0.3), new FigureStroke(ReportColor.Ink)),
             new FigurePolyline([new(-10, 10), new(100, 10)], new FigureStroke(ReportColor.FromHex("#c0392b"), 1.5f, LineDash.Dashed)),
             new FigureArrow(new(20, 10), new(90, 50), new FigureStroke(ReportColor.FromHex("#1f5fa8"), 1.5f)),
             new FigureCircle(new(60, 30), 8, null, new FigureStroke(ReportColor.Ink, 0.8f)),
             new FigureCircle(new(20, 10), 0, ReportColor.Ink, null, 2.5f),
             new FigureLabel(new(90, 50), "kₕ ⟂ ?", TextAnchor.MiddleLeft, 9, OffsetXPt: 4),
             new FigureLabel(new(20, 10), "2θ = 31.2°", TextAnchor.TopCenter, OffsetYPt: -4)], 160, "A caption."),
        SampleModels.Table(60, 7));
}
