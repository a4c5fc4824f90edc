using BenchmarkDotNet.Attributes;
using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Tests.Pdf;

namespace DfxrmViz.Benchmarks.Export;

/// <summary>The logbook PDF of the LiNbO3 example (default reflection, 86-row table, two plots, optics figure, QR code): the
/// layout from plain numbers, and the whole report.pdf (fonts loaded, pages laid out, PDF written).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfReportBenchmarks
{
    private readonly LogbookReportData _data = LiNbO3Logbook.Default();
    private ReportModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = LogbookReportLayout.Build(_data);

    [Benchmark]
    public int Layout() => LogbookReportLayout.Build(_data).Blocks.Count;

    /// <summary>One page with a heading: the fixed cost (fonts read, embedded and compressed).</summary>
    [Benchmark]
    public int WriteOnePage() => PdfReportWriter.Write(_model with { Blocks = [new HeadingBlock("One page")] }).Length;

    [Benchmark]
    public int WritePdf() => PdfReportWriter.Write(_model).Length;
}
