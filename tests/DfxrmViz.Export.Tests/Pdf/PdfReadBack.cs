using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>PdfPig helpers: the text of a PDF's pages as a reader would copy it.</summary>
internal static class PdfReadBack
{
    /// <summary>Every page's words joined by spaces.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return [.. doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>All pages' text.</summary>
    public static string AllText(byte[] pdf) => string.Join("\n", PageTexts(pdf));

    /// <summary>The letters of one page (1-based), with font names and positions.</summary>
    public static List<Letter> Letters(byte[] pdf, int page)
    {
        using var doc = PdfDocument.Open(pdf);
        return [.. doc.GetPage(page).Letters];
    }

    /// <summary>Lines of one page: letters grouped by baseline (within 1 pt), left to right, top to bottom.</summary>
    public static List<(double Baseline, string Text, IReadOnlyList<Letter> Letters)> Lines(byte[] pdf, int page)
    {
        var letters = Letters(pdf, page);
        var groups = new List<List<Letter>>();
        foreach (var l in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            if (groups.Count > 0 && Math.Abs(groups[^1][0].StartBaseLine.Y - l.StartBaseLine.Y) < 1)
            {
                groups[^1].Add(l);
            }
            else
            {
                groups.Add([l]);
            }
        }
        return [.. groups.Select(g =>
        {
            var ordered = g.OrderBy(l => l.StartBaseLine.X).ToList();
            return (ordered[0].StartBaseLine.Y, string.Concat(ordered.Select(l => l.Value)), (IReadOnlyList<Letter>)ordered);
        })];
    }
}
