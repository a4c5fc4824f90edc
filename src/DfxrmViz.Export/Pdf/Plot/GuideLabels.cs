using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>A label for one or more vertical guides: text, the page x of the line it hangs on, and which side of it.</summary>
internal sealed record GuideLabel(string Text, float LineX, bool LeftOfLine, GuideKind Kind);

/// <summary>Labels of vertical guides without overlaps: reference guides closer together than a label's height share one
/// label ("Nb L3, L2, L1", the shared first word written once); the current value's label moves to the left of its line when a
/// reference label or the plot edge is in the way.</summary>
internal static class GuideLabels
{
    public static List<GuideLabel> Arrange(IReadOnlyList<(PlotGuide Guide, float X)> vertical, float labelHeight, float plotRight)
    {
        var labels = new List<GuideLabel>();
        var references = vertical.Where(v => v.Guide.Kind != GuideKind.Current).OrderBy(v => v.X).ToList();
        var cluster = new List<(PlotGuide Guide, float X)>();
        foreach (var item in references)
        {
            if (cluster.Count > 0 && item.X - cluster[^1].X >= labelHeight + 1.5f)
            {
                labels.Add(Cluster(cluster, labelHeight, plotRight));
                cluster.Clear();
            }
            cluster.Add(item);
        }
        if (cluster.Count > 0)
        {
            labels.Add(Cluster(cluster, labelHeight, plotRight));
        }
        foreach (var (guide, x) in vertical.Where(v => v.Guide.Kind == GuideKind.Current))
        {
            var rightX = x + labelHeight;
            var blocked = rightX + labelHeight > plotRight || labels.Any(l => Math.Abs(Position(l, labelHeight) - rightX) < labelHeight + 1f);
            labels.Add(new GuideLabel(guide.Label, x, blocked, guide.Kind));
        }
        return labels;
    }

    /// <summary>Centre x of a label's text column.</summary>
    public static float Position(GuideLabel label, float labelHeight) =>
        label.LeftOfLine ? label.LineX - labelHeight / 2 - 1.5f : label.LineX + labelHeight / 2 + 1.5f;

    /// <summary>"Nb L3", "Nb L2" → "Nb L3, L2"; labels without a shared first word are joined as they are.</summary>
    public static string Join(IReadOnlyList<string> labels)
    {
        if (labels.Count < 2)
        {
            return labels.Count == 1 ? labels[0] : "";
        }
        var firstWords = labels.Select(l => l.Split(' ', 2)).ToList();
        var shared = firstWords.All(w => w.Length == 2 && w[0] == firstWords[0][0]);
        return shared
            ? firstWords[0][0] + " " + string.Join(", ", firstWords.Select(w => w[1]))
            : string.Join(", ", labels);
    }

    private static GuideLabel Cluster(List<(PlotGuide Guide, float X)> cluster, float labelHeight, float plotRight)
    {
        var text = Join([.. cluster.Select(c => c.Guide.Label)]);
        var last = cluster[^1].X;
        var left = last + 1.5f + labelHeight > plotRight;
        return new GuideLabel(text, left ? cluster[0].X : last, left, cluster[0].Guide.Kind);
    }
}
