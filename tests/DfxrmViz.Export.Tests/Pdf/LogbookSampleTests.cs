using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Logbook;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The logbook page of the example plan, built from Core's numbers: written to test-artifacts/pdf/sample-report.pdf
/// for people to look at, and read back.</summary>
public class LogbookSampleTests
{
    [Fact]
    public void The_sample_report_holds_the_plans_numbers()
    {
        var data = LiNbO3Logbook.Default();
        var pdf = PdfReportWriter.Write(LogbookReportLayout.Build(data));
        PdfArtifacts.Save("sample-report.pdf", pdf);
        var text = PdfReadBack.AllText(pdf);
        var g = data.Geometry!;
        Assert.Contains(ReportNumbers.Fixed(g.TwoThetaDeg, "0.00000") + "°", text); // 2θ as the page's #geometry-two-theta
        Assert.Contains(ReportNumbers.Significant(data.Absorption.AttenuationLengthUm) + " µm", text);
        Assert.Contains(ReportNumbers.Fixed(data.Lens!.D1Mm, "0.000") + " mm", text);
        Assert.Contains(LiNbO3Logbook.Url, text);
        var chosen = g.Solutions[g.ChosenIndex!.Value];
        Assert.All(chosen.AnglesDeg, a => Assert.Contains(ReportNumbers.Fixed(a, "0.0000") + "°", text));
    }

    [Fact]
    public void A_blocked_plan_says_what_blocks_it_and_marks_no_solution()
    {
        var data = LiNbO3Logbook.Example();
        Assert.Null(data.Geometry!.ChosenIndex); // Core: the ESRF χ limit [−10°, 10°] blocks (1 −1 2) with up (0 0 1)
        var pdf = PdfReportWriter.Write(LogbookReportLayout.Build(data));
        PdfArtifacts.Save("sample-report-blocked.pdf", pdf);
        var text = PdfReadBack.AllText(pdf);
        Assert.Contains("PROBLEM Reachability:", text);
        Assert.Contains("BLOCKED " + data.Geometry.Blocked, text);
        Assert.Contains("No solution is used.", text);
    }
}
