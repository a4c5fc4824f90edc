namespace DfxrmViz.Export.Pdf.Model;

/// <summary>A logbook document: what <see cref="PdfReportWriter"/> prints on A4 pages, flowed from <paramref name="Blocks"/>.
/// Every page carries a header (title, UTC time) and a footer (app version, reopen link, page n of m).</summary>
/// <param name="Title">Document title (header of every page and the PDF's Title entry).</param>
/// <param name="CreatedUtc">When the document was made; printed in UTC and used as the PDF creation and modification date,
/// so the same model always gives the same bytes.</param>
/// <param name="AppVersion">Version of the application that made it, e.g. <c>1.4.0+abc1234</c>.</param>
/// <param name="ReopenUrl">Address that reopens what the document shows (footer of every page); null when there is none.</param>
/// <param name="Blocks">Content, top to bottom.</param>
public sealed record ReportModel(string Title, DateTimeOffset CreatedUtc, string AppVersion, string? ReopenUrl,
    IReadOnlyList<ReportBlock> Blocks);
