namespace DfxrmViz.Export.Pdf.Model;

/// <summary>Linear or logarithmic (base 10) axis.</summary>
public enum AxisScale
{
    /// <summary>Linear, with 1–2–5 ticks.</summary>
    Linear,

    /// <summary>Base-10 logarithmic, with decade ticks and minor ticks at 2…9 × 10ⁿ.</summary>
    Log,
}

/// <summary>One axis of a line plot.</summary>
/// <param name="Label">Axis title with its unit, e.g. "Energy (keV)".</param>
/// <param name="Scale">Linear or log.</param>
/// <param name="Min">Lower end; null = from the data (log: the decade below).</param>
/// <param name="Max">Upper end; null = from the data (log: the decade above).</param>
public sealed record PlotAxis(string Label, AxisScale Scale = AxisScale.Linear, double? Min = null, double? Max = null);

/// <summary>A data point.</summary>
public readonly record struct PlotPoint(double X, double Y);

/// <summary>Dash pattern of a line.</summary>
public enum LineDash
{
    /// <summary>Solid.</summary>
    Solid,

    /// <summary>Long dashes.</summary>
    Dashed,

    /// <summary>Dots.</summary>
    Dotted,
}

/// <summary>Symbol drawn at data points.</summary>
public enum MarkerShape
{
    /// <summary>No symbol.</summary>
    None,

    /// <summary>Filled circle.</summary>
    Circle,

    /// <summary>Filled square.</summary>
    Square,

    /// <summary>Filled triangle, apex up.</summary>
    Triangle,

    /// <summary>Filled diamond.</summary>
    Diamond,
}

/// <summary>How a series is drawn; null fields take the next entry of the built-in cycle (colour, dash and marker all differ,
/// so series stay apart in grey print).</summary>
/// <param name="Color">Line colour.</param>
/// <param name="Dash">Dash pattern.</param>
/// <param name="Marker">Point symbol (drawn at no more than about 24 evenly spread points of a long series).</param>
/// <param name="LineWidth">Line width in points.</param>
/// <param name="DrawLine">False for a scatter of symbols only (e.g. one highlighted point).</param>
public sealed record SeriesStyle(ReportColor? Color = null, LineDash? Dash = null, MarkerShape? Marker = null, float LineWidth = 1.2f,
    bool DrawLine = true);

/// <summary>A named series. Points that are not finite, or not positive on a log axis, break the line.</summary>
public sealed record PlotSeries(string Name, IReadOnlyList<PlotPoint> Points, SeriesStyle? Style = null);

/// <summary>Which way a guide line runs.</summary>
public enum GuideOrientation
{
    /// <summary>At an x value, bottom to top.</summary>
    Vertical,

    /// <summary>At a y value, left to right.</summary>
    Horizontal,
}

/// <summary>Kind of guide line; the kinds differ in dash and weight, not only in colour.</summary>
public enum GuideKind
{
    /// <summary>A reference such as an absorption edge: thin, grey, dashed.</summary>
    Reference,

    /// <summary>The current value (energy, thickness): solid, heavier, label in bold.</summary>
    Current,

    /// <summary>A threshold (warning level): dotted.</summary>
    Threshold,
}

/// <summary>A labelled line across the plot (absorption edge, current energy, warning level). Vertical guides that sit
/// closer together than their labels share one label ("Nb L3, L2, L1").</summary>
public sealed record PlotGuide(double Value, string Label, GuideKind Kind = GuideKind.Reference,
    GuideOrientation Orientation = GuideOrientation.Vertical);

/// <summary>A line plot drawn as vectors.</summary>
/// <param name="Title">Title above the plot, or null.</param>
/// <param name="X">Horizontal axis.</param>
/// <param name="Y">Vertical axis.</param>
/// <param name="Series">Series, drawn in order; each gets a legend entry.</param>
/// <param name="Guides">Guide lines with labels.</param>
/// <param name="HeightPt">Height of the whole block (title, plot, axis labels, legend) in points.</param>
/// <param name="Caption">Small print under the legend, e.g. the data source, or null.</param>
public sealed record LinePlotBlock(string? Title, PlotAxis X, PlotAxis Y, IReadOnlyList<PlotSeries> Series,
    IReadOnlyList<PlotGuide>? Guides = null, float HeightPt = 250, string? Caption = null) : ReportBlock;
