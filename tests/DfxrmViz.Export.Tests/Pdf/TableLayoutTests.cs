using System.Globalization;
using System.Text.RegularExpressions;
using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Model;
using UglyToad.PdfPig;

namespace DfxrmViz.Export.Tests.Pdf;

public partial class TableLayoutTests
{
    [Fact]
    public void The_marked_row_is_bold_on_a_band_with_a_mark_and_no_other_row_is()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(SampleModels.Table(12, marked: 7)));
        var lines = PdfReadBack.Lines(pdf, 1);
        var marked = Assert.Single(lines, l => l.Text.StartsWith('▶') && !l.Text.Contains("marks the selected")); // not the note
        Assert.StartsWith("▶7 0 0", marked.Text);
        Assert.All(marked.Letters.Where(l => l.Value != "▶"), l => Assert.Contains("Bold", l.FontName));
        var others = lines.Where(l => l.Text.StartsWith("6 0 0", StringComparison.Ordinal) || l.Text.StartsWith("8 0 0", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, others.Count);
        Assert.All(others.SelectMany(l => l.Letters), l => Assert.DoesNotContain("Bold", l.FontName));

        // The amber band (#ffefb8, Layout/ReportStyle.cs) is a filled path behind the marked row's baseline, and only there.
        using var doc = PdfDocument.Open(pdf);
        var bands = doc.GetPage(1).Paths.Where(p => p.IsFilled && IsMarkBand(p)).ToList();
        var band = Assert.Single(bands).GetBoundingRectangle()!.Value;
        Assert.InRange(marked.Baseline, band.Bottom, band.Top);
    }

    [Fact]
    public void A_table_of_300_rows_splits_over_pages_with_the_header_on_each()
    {
        var pdf = PdfReportWriter.Write(SampleModels.With(new HeadingBlock("Long table"), SampleModels.Table(300, marked: 150)));
        PdfArtifacts.Save("table-300-rows.pdf", pdf);
        using var doc = PdfDocument.Open(pdf);
        Assert.True(doc.NumberOfPages >= 5, $"{doc.NumberOfPages} pages");
        var seen = new List<int>();
        for (var p = 1; p <= doc.NumberOfPages; p++)
        {
            var lines = PdfReadBack.Lines(pdf, p).Select(l => l.Text).ToList();
            var header = lines.FindIndex(l => l == "h k ld (Å)2θ (°)Note"); // the cells of one line, without the gaps
            Assert.True(header >= 0, $"page {p} has no header row");
            Assert.Equal(p == 1 ? "Reflections" : "Reflections (continued)", lines[header - 1]);
            seen.AddRange(lines.Skip(header + 1).Select(l => RowNote().Match(l)).Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        }
        Assert.Equal(Enumerable.Range(1, 300), seen); // every row once, in order, none cut
    }

    [Fact]
    public void Decimal_points_of_a_decimal_column_line_up()
    {
        var table = new DataTableBlock(null, [new TableColumn("x", ColumnAlign.Decimal)],
            [.. new[] { "1.5", "−12.25", "100.125", "3", "0.0001" }.Select(s => new TableRow([s]))]);
        var letters = PdfReadBack.Letters(PdfReportWriter.Write(SampleModels.With(table)), 1)
            .Where(l => l.StartBaseLine.Y is > 60 and < 780).ToList(); // the content, not header and footer
        var dots = letters.Where(l => l.Value == ".").Select(l => l.StartBaseLine.X).ToList();
        Assert.Equal(4, dots.Count);
        Assert.All(dots, x => Assert.Equal(dots[0], x, 0.01));
        var three = Assert.Single(letters, l => l.Value == "3" && Math.Abs(l.EndBaseLine.X - dots[0]) < 0.05);
        Assert.NotNull(three); // an integer ends where the others' decimal point begins
    }

    [GeneratedRegex("row ([0-9]+)$")]
    private static partial Regex RowNote();

    private static bool IsMarkBand(UglyToad.PdfPig.Graphics.PdfPath p)
    {
        var (r, g, b) = p.FillColor!.ToRGBValues();
        return Math.Abs(r - 0xff / 255.0) < 0.01 && Math.Abs(g - 0xef / 255.0) < 0.01 && Math.Abs(b - 0xb8 / 255.0) < 0.01;
    }
}
