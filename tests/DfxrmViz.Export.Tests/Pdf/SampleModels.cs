using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Report models for the renderer tests (layout only: these numbers are not physics).</summary>
internal static class SampleModels
{
    public static readonly DateTimeOffset Time = new(2026, 11, 24, 10, 15, 3, TimeSpan.Zero);

    public const string Url = "https://dfxrmviz.example.org/p/Q2x8vR4mN7pLk3sT9wYb";

    /// <summary>Every special character the logbook needs.</summary>
    public const string Specials = "θ χ φ ω μ λ Å µ ⟂ ∠ ² ⁻¹ ′ ″ ≤ ≥ − ×";

    public static ReportModel With(params ReportBlock[] blocks) => new("Test report", Time, "1.0.0-test", Url, blocks);

    public static DataTableBlock Table(int rows, int? marked = null) => new("Reflections",
        [new TableColumn("h k l"), new TableColumn("d (Å)", ColumnAlign.Decimal), new TableColumn("2θ (°)", ColumnAlign.Decimal),
         new TableColumn("Note")],
        [.. Enumerable.Range(1, rows).Select(i => new TableRow(
            [$"{i} 0 0", (10.0 / i).ToString("0.00000", System.Globalization.CultureInfo.InvariantCulture),
             (i * 0.5).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), $"row {i}"], i == marked))],
        "▶ marks the selected reflection.");

    public static LinePlotBlock LogLogPlot() => new("Attenuation length",
        new PlotAxis("Energy (keV)", AxisScale.Log), new PlotAxis("Attenuation length (µm)", AxisScale.Log),
        [new PlotSeries("total", [.. Enumerable.Range(0, 200).Select(i => Math.Pow(10, i / 100.0)).Select(e => new PlotPoint(e, e * e * e))]),
         new PlotSeries("photo", [.. Enumerable.Range(0, 200).Select(i => Math.Pow(10, i / 100.0)).Select(e => new PlotPoint(e, 2 * e * e * e))])],
        [new PlotGuide(2.371, "Nb L3"), new PlotGuide(2.465, "Nb L2"), new PlotGuide(2.698, "Nb L1"), new PlotGuide(18.986, "Nb K"),
         new PlotGuide(17, "17 keV", GuideKind.Current)]);
}
