using DfxrmViz.Core.Planning;
using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Layout;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Keep-with-next in the page flow: a heading (or a block title) never ends a page; it moves to the next page with
/// the first fragment of what follows it.</summary>
public class PageFlowTests
{
    private const float Top = PageGeometry.ContentTop;
    private const float PageHeight = PageGeometry.ContentBottom - PageGeometry.ContentTop;

    private static void Nothing(SkiaSharp.SKCanvas canvas, float top)
    {
    }

    /// <summary>A flow with <paramref name="left"/> points left on its first page.</summary>
    private static PageFlow FilledTo(float left)
    {
        var flow = new PageFlow();
        flow.Place(PageHeight - left, Nothing);
        return flow;
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page_with_its_first_block_and_its_gap()
    {
        var flow = FilledTo(60);
        flow.Place(20, Nothing, keepWithNext: true); // heading
        flow.Space(5);
        flow.Place(100, Nothing); // its block: 35 pt left, does not fit
        Assert.Equal(2, flow.Pages.Count);
        Assert.Single(flow.Pages[0]);
        Assert.Equal([Top, Top + 25], flow.Pages[1].Select(f => f.Top));
        Assert.Equal(Top + 125, flow.Y, 1e-3f);
    }

    [Fact]
    public void A_heading_whose_block_fits_stays_on_its_page()
    {
        var flow = FilledTo(200);
        var heading = flow.Place(20, Nothing, keepWithNext: true);
        flow.Space(5);
        var block = flow.Place(100, Nothing);
        Assert.Single(flow.Pages);
        Assert.Equal(heading + 25, block, 1e-3f);
    }

    [Fact]
    public void A_section_heading_a_subheading_and_a_block_title_move_together()
    {
        var flow = FilledTo(90);
        flow.Place(24, Nothing, keepWithNext: true);
        flow.Place(16, Nothing, keepWithNext: true);
        flow.Place(13, Nothing, keepWithNext: true);
        flow.Place(60, Nothing);
        Assert.Single(flow.Pages[0]);
        Assert.Equal([Top, Top + 24, Top + 40, Top + 53], flow.Pages[1].Select(f => f.Top));
    }

    [Fact]
    public void A_heading_goes_along_when_its_own_gap_or_a_page_break_ends_the_page()
    {
        var flow = FilledTo(22);
        flow.Place(20, Nothing, keepWithNext: true);
        flow.Space(5); // 2 pt left: the gap starts a page, and the heading with its gap goes there
        Assert.Equal([Top], flow.Pages[1].Select(f => f.Top));
        Assert.Equal(Top + 25, flow.Y, 1e-3f);

        var broken = FilledTo(300);
        broken.Place(20, Nothing, keepWithNext: true);
        broken.NewPage();
        broken.Place(10, Nothing);
        Assert.Single(broken.Pages[0]);
        Assert.Equal([Top, Top + 20], broken.Pages[1].Select(f => f.Top));
    }

    [Fact]
    public void A_fragment_placed_after_a_kept_one_ends_the_keep()
    {
        var flow = FilledTo(120);
        flow.Place(20, Nothing, keepWithNext: true);
        flow.Place(30, Nothing);
        flow.Place(100, Nothing); // does not fit; the heading already has its first block beside it
        Assert.Equal(3, flow.Pages[0].Count);
        Assert.Equal([Top], flow.Pages[1].Select(f => f.Top));
    }

    [Fact]
    public void A_heading_at_the_top_of_a_page_over_a_fragment_that_needs_a_whole_page_is_not_carried_onto_an_empty_page()
    {
        var flow = new PageFlow();
        flow.Place(20, Nothing, keepWithNext: true);
        flow.Place(PageHeight - 10, Nothing); // fits a whole page, not under the heading
        Assert.Equal(2, flow.Pages.Count);
        Assert.Single(flow.Pages[0]);
        Assert.Equal([Top], flow.Pages[1].Select(f => f.Top));

        var low = FilledTo(100);
        low.Place(20, Nothing, keepWithNext: true);
        low.Place(PageHeight - 10, Nothing); // carried, the heading would push it past the bottom margin
        Assert.Equal(2, low.Pages[0].Count);
        Assert.Equal([Top], low.Pages[1].Select(f => f.Top));
    }

    private static List<KeyValueRow> Pairs(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new KeyValueRow($"Input {i}", $"value {i}"))];

    [Fact]
    public void A_section_heading_over_two_columns_that_need_the_next_page_goes_there_with_them()
    {
        using var fonts = new PdfFonts();
        var text = new TextPainter(fonts);
        var flow = FilledTo(210);
        BlockLayout.Place(new HeadingBlock("Crystal"), flow, text); // 8 + 23.7 pt, and the 150 pt wanted under it, fit in 210
        BlockLayout.Place(new KeyValueBlock(null, Pairs(24), Columns: 2), flow, text); // 12 rows of 16 pt in a column do not
        Assert.Equal(2, flow.Pages.Count);
        Assert.Single(flow.Pages[0]);
        Assert.Equal(2, flow.Pages[1].Count);
        Assert.Equal(Top, flow.Pages[1][0].Top);
        Assert.InRange(flow.Pages[1][1].Top - Top, 28, 29.5); // 17.7 pt line, 6 pt rule, 5 pt gap above the pairs
    }

    [Fact]
    public void The_title_of_two_columns_of_plan_inputs_goes_to_the_next_page_with_them()
    {
        using var fonts = new PdfFonts();
        var text = new TextPainter(fonts);
        var flow = FilledTo(100);
        BlockLayout.Place(new KeyValueBlock("Plan inputs", Pairs(24), Columns: 2), flow, text); // the title fits, the pairs do not
        Assert.Equal(2, flow.Pages.Count);
        Assert.Single(flow.Pages[0]);
        Assert.Equal(2, flow.Pages[1].Count);
        Assert.Equal(Top, flow.Pages[1][0].Top);
        Assert.Equal(Top + TextLayout.TitleHeight, flow.Pages[1][1].Top, 1e-3f);
    }

    [Fact]
    public void No_page_of_the_example_report_ends_with_a_heading_or_a_block_title()
    {
        var results = new PlanPipeline().Compute(Plan.Example);
        var url = "http://127.0.0.1:5000/?plan=" + PlanAddress.Encode(Plan.Example); // the API's long reopen link
        var model = LogbookReportLayout.Build(PlanLogbook.Of(results, new LogbookContext(SampleModels.Time, url)));
        var headings = model.Blocks.OfType<HeadingBlock>().Select(h => h.Text).Concat(model.Blocks.OfType<KeyValueBlock>().Select(k => k.Title))
            .Concat(model.Blocks.OfType<DataTableBlock>().Select(t => t.Title)).OfType<string>().ToHashSet();
        var pdf = PdfReportWriter.Write(model);
        var pages = PdfReadBack.PageTexts(pdf);
        var inputs = pages.FindIndex(p => p.Contains("Plan inputs", StringComparison.Ordinal));
        Assert.True(inputs >= 0);
        Assert.Contains("LiNbO3 (built-in)", pages[inputs], StringComparison.Ordinal); // the title's first pair is on its page
        Assert.Contains("Plan inputs", headings);
        for (var page = 1; page <= pages.Count; page++)
        {
            var lines = PdfReadBack.Lines(pdf, page);
            Assert.Contains($"page {page} of {pages.Count}", lines[^1].Text, StringComparison.Ordinal); // the footer
            var lastContent = lines[^2].Text.Replace(" ", "", StringComparison.Ordinal);
            Assert.DoesNotContain(lastContent, headings.Select(h => h.Replace(" ", "", StringComparison.Ordinal)));
        }
    }
}
