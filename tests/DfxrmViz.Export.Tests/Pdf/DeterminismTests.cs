using System.Text;
using System.Text.RegularExpressions;
using DfxrmViz.Export.Pdf;

namespace DfxrmViz.Export.Tests.Pdf;

public partial class DeterminismTests
{
    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        var a = PdfReportWriter.Write(KitchenSink.Model());
        var b = PdfReportWriter.Write(KitchenSink.Model()); // built anew: equal content, other list instances
        Assert.Equal(a, b);
    }

    [Fact]
    public void Another_time_changes_only_the_dates_and_the_printed_stamp()
    {
        var model = KitchenSink.Model();
        var later = model with { CreatedUtc = model.CreatedUtc.AddHours(5).AddMinutes(7) };
        var (a, b) = (PdfReportWriter.Write(model), PdfReportWriter.Write(later));
        Assert.NotEqual(a, b);
        Assert.Equal(MaskedInfo(a), MaskedInfo(b)); // the document information dictionary: only its dates differ

        // The page content differs only in the header's stamp.
        var (ta, tb) = (PdfReadBack.PageTexts(a), PdfReadBack.PageTexts(b));
        Assert.Equal(ta.Count, tb.Count);
        Assert.Equal(ta, tb.Select(t => t.Replace("2026-11-24 15:22:03 UTC", "2026-11-24 10:15:03 UTC", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_pdf_dates_are_the_models_time()
    {
        var raw = Encoding.Latin1.GetString(PdfReportWriter.Write(SampleModels.With()));
        Assert.Contains("/CreationDate (D:20261124101503", raw);
        Assert.Contains("/ModDate (D:20261124101503", raw);
    }

    /// <summary>The document information dictionary (ISO 32000-1 §14.3.3) with its dates blanked.</summary>
    private static string MaskedInfo(byte[] pdf)
    {
        var info = InfoDictionary().Match(Encoding.Latin1.GetString(pdf));
        Assert.True(info.Success, "no information dictionary with a /CreationDate");
        return DateEntry().Replace(info.Value, "D:…");
    }

    [GeneratedRegex(@"<<[^<>]*/CreationDate[^<>]*>>")]
    private static partial Regex InfoDictionary();

    [GeneratedRegex(@"D:\d{14}[^)]*")]
    private static partial Regex DateEntry();
}
