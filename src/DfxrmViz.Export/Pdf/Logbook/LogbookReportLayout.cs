using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>The logbook page's layout: verdicts, reopen code and inputs first; then crystal, absorption (attenuation and
/// transmission plots), geometry (selected reflection, every goniometer solution), the 3D views, the optics; the whole
/// reflection table last, since it may run over several pages.</summary>
public static class LogbookReportLayout
{
    /// <summary>The report model of <paramref name="data"/>.</summary>
    public static ReportModel Build(LogbookReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var blocks = new List<ReportBlock>();
        blocks.AddRange(Summary(data));
        blocks.AddRange(LogbookSections.Crystal(data.Crystal));
        blocks.AddRange(LogbookSections.Absorption(data.Absorption));
        if (data.Geometry is not null)
        {
            blocks.AddRange(LogbookSections.Geometry(data.Geometry));
        }
        if (data.SceneViews.Count > 0)
        {
            blocks.Add(new HeadingBlock("3D view"));
            blocks.AddRange(data.SceneViews);
        }
        if (data.Lens is not null)
        {
            blocks.AddRange(LogbookSections.Lens(data.Lens));
        }
        blocks.AddRange(LogbookSections.Reflections(data.Reflections));
        return new ReportModel(data.Title, data.CreatedUtc, data.AppVersion, data.ReopenUrl, blocks);
    }

    /// <summary>Callout kind of a docs/api.md pre-flight status.</summary>
    public static CalloutKind Kind(string status) => status switch
    {
        "ok" => CalloutKind.Ok,
        "warning" => CalloutKind.Warning,
        "problem" => CalloutKind.Problem,
        _ => CalloutKind.Unchecked,
    };

    private static IEnumerable<ReportBlock> Summary(LogbookReportData data)
    {
        yield return new HeadingBlock(data.Title);
        yield return new HeadingBlock("Pre-flight", 2);
        foreach (var line in data.Preflight)
        {
            yield return new CalloutBlock(Kind(line.Status), line.Message, Label: line.Check);
        }
        foreach (var warning in data.Warnings)
        {
            yield return new CalloutBlock(CalloutKind.Warning, warning);
        }
        if (data.ReopenUrl is { Length: > 0 } url)
        {
            yield return new QrCodeBlock(url, "**Reopen this plan**\nScan the code or type the address under it: it opens exactly the " +
                "plan printed here, with every input below.");
        }
        yield return new KeyValueBlock("Plan inputs", [.. data.PlanInputs.Select(p => new KeyValueRow(p.Key, p.Value))], 2);
    }
}
