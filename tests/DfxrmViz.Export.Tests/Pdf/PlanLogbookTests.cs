using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Export.Files;
using DfxrmViz.Export.Pdf.Logbook;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The logbook page of a plan made from the plan pipeline's results, read back with PdfPig: the numbers the page shows
/// (in the page's formats), in the PDF.</summary>
public class PlanLogbookTests
{
    private const string Url = "https://dfxrmviz.example.org/p/Lq7Zr2Wc9XbN4kPa0sYt";

    /// <summary>LiNbO3 (1 −1 2) at 17 keV, up = Q, front [1 1 0], ID06 at d_tot′ = 5 m: reachable on esrf-dfxm with μ = θ
    /// (docs/physics.md §9).</summary>
    public static Plan Reachable { get; } = Plan.Example with { Up = null, Front = LatticeVector.Direction(1, 1, 0), Hkl = new Hkl(1, -1, 2) };

    private static readonly PlanResults Results = new PlanPipeline().Compute(Reachable);

    private static byte[] Pdf(DateTimeOffset time, LogbookSceneViews views = LogbookSceneViews.BeamAndSide) =>
        PlanFiles.Make(PlanFiles.ReportPdf, Results, new LogbookContext(time, Url, views)).Bytes;

    [Fact]
    public void The_report_holds_the_pages_two_theta_chosen_angles_attenuation_length_d1_and_the_reopen_link()
    {
        var pdf = Pdf(SampleModels.Time);
        PdfArtifacts.Save("plan-report.pdf", pdf);
        var text = PdfReadBack.AllText(pdf);
        var o = Results.Orientation.Value!;
        Assert.Contains(Fixed(Results.Bragg.Value!.TwoThetaDeg, "0.00000") + "°", text); // #geometry-two-theta's digits
        Assert.Contains("11.16138°", text); // docs/physics.md §9
        var chosen = o.Chosen!;
        Assert.True(chosen.WithinLimits);
        Assert.All(chosen.AnglesDeg, a => Assert.Contains(Fixed(a.Value, "0.0000") + "°", text));
        Assert.Contains("5.5807°", text); // μ = θ
        Assert.Contains(Sig(Results.Absorption.Value!.AttenuationLengthUm) + " µm", text); // #absorption-length
        Assert.Contains(Fixed(Results.Lens!.Value!.Result.D1Mm, "0.000") + " mm", text); // #lens-d1
        Assert.Contains(Percent(Results.Absorption.Value.Transmission), text); // #absorption-transmission
        Assert.Contains(Url, text);
        Assert.Contains("Along the beam", text);
        Assert.Contains("From the side", text);
        Assert.All(Results.Preflight, p => Assert.Contains(p.Message.Split(' ')[0], text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_plan_gives_the_same_pdf_apart_from_the_time_stamp()
    {
        var first = Pdf(SampleModels.Time);
        var again = PlanFiles.Make(PlanFiles.ReportPdf, new PlanPipeline().Compute(PlanJson.Normalise(Reachable)),
            new LogbookContext(SampleModels.Time, Url)).Bytes;
        Assert.Equal(first, again);
        var later = Pdf(SampleModels.Time.AddHours(1));
        Assert.NotEqual(first, later);
        Assert.Equal(PdfReadBack.PageTexts(first).Count, PdfReadBack.PageTexts(later).Count);
    }

    [Fact]
    public void Along_the_camera_draws_one_view_and_says_so()
    {
        var camera = new CameraState(new Core.Numerics.Vec3(40, 30, 60), Core.Numerics.Vec3.Zero, Core.Numerics.Vec3.UnitY, 1);
        var results = new PlanPipeline().Compute(Reachable with { View = Reachable.View with { Camera = camera } });
        var pdf = PlanFiles.Make(PlanFiles.ReportPdf, results, new LogbookContext(SampleModels.Time, Url, LogbookSceneViews.Camera)).Bytes;
        PdfArtifacts.Save("plan-report-camera.pdf", pdf);
        var text = PdfReadBack.AllText(pdf);
        Assert.Contains("your camera", text);
        Assert.DoesNotContain("From the side", text);
    }

    [Fact]
    public void Every_warning_of_the_stages_is_listed_and_the_blocked_example_says_what_blocks_it()
    {
        var results = new PlanPipeline().Compute(Plan.Example);
        var data = PlanLogbook.Of(results, new LogbookContext(SampleModels.Time, null));
        var blocked = results.Orientation.Value!.Result.Solutions.Blocked!.Message;
        Assert.Contains(data.Warnings, w => w.Contains(blocked, StringComparison.Ordinal));
        Assert.Null(data.Geometry!.ChosenIndex);
        Assert.Equal(["Absorption", "Reachability", "Mount"], data.Preflight.Select(p => p.Check));
        Assert.Equal("problem", data.Preflight[1].Status);
    }

    [Fact]
    public void Percent_text_is_the_pages_with_a_true_minus_in_the_exponent()
    {
        Assert.Equal("< 1e\u2212300 %", ReportNumbers.Percent(0));
        Assert.Equal(Percent(0), ReportNumbers.Percent(0));
        Assert.Equal("3.1e\u221212 %", Percent(3.1e-14));
        Assert.Equal("42.35 %", Percent(0.42354));
    }
}
