namespace DfxrmViz.Export.Pdf.Model;

/// <summary>A point in a figure's own coordinates (x to the right, y up).</summary>
public readonly record struct FigurePoint(double X, double Y);

/// <summary>The rectangle of figure coordinates to show; it is scaled uniformly (equal axes) to fit the block.</summary>
public sealed record FigureViewBox(double MinX, double MinY, double MaxX, double MaxY);

/// <summary>Line style of figure elements; widths are in points on the page, whatever the figure's scale.</summary>
/// <param name="Color">Stroke colour.</param>
/// <param name="WidthPt">Stroke width in points.</param>
/// <param name="Dash">Dash pattern.</param>
public sealed record FigureStroke(ReportColor Color, float WidthPt = 1f, LineDash Dash = LineDash.Solid);

/// <summary>Which point of a text label sits on its anchor.</summary>
public enum TextAnchor
{
    /// <summary>Left end of the baseline.</summary>
    BaselineLeft,

    /// <summary>Middle of the baseline.</summary>
    BaselineCenter,

    /// <summary>Right end of the baseline.</summary>
    BaselineRight,

    /// <summary>Middle of the left edge.</summary>
    MiddleLeft,

    /// <summary>Centre of the text.</summary>
    Center,

    /// <summary>Middle of the right edge.</summary>
    MiddleRight,

    /// <summary>Top left corner.</summary>
    TopLeft,

    /// <summary>Middle of the top edge.</summary>
    TopCenter,

    /// <summary>Top right corner.</summary>
    TopRight,
}

/// <summary>Something drawn in a vector figure, in list order (later elements cover earlier ones).</summary>
public abstract record FigureElement;

/// <summary>An open line through the points.</summary>
public sealed record FigurePolyline(IReadOnlyList<FigurePoint> Points, FigureStroke Stroke) : FigureElement;

/// <summary>A closed polygon, filled and/or outlined (fill alpha gives transparency).</summary>
public sealed record FigurePolygon(IReadOnlyList<FigurePoint> Points, ReportColor? Fill, FigureStroke? Stroke) : FigureElement;

/// <summary>A straight arrow from <paramref name="From"/> to <paramref name="To"/>, head at <paramref name="To"/>.</summary>
/// <param name="From">Tail.</param>
/// <param name="To">Tip.</param>
/// <param name="Stroke">Line style (the head is filled in its colour).</param>
/// <param name="HeadPt">Length of the arrow head in points.</param>
public sealed record FigureArrow(FigurePoint From, FigurePoint To, FigureStroke Stroke, float HeadPt = 7f) : FigureElement;

/// <summary>A circle of radius <paramref name="Radius"/> in figure units (or <paramref name="RadiusPt"/> points when given:
/// a dot that keeps its size).</summary>
public sealed record FigureCircle(FigurePoint Center, double Radius, ReportColor? Fill, FigureStroke? Stroke, float? RadiusPt = null)
    : FigureElement;

/// <summary>A text label anchored at a figure point, shifted by an offset in points (x right, y up). Where labels would
/// overlap, the higher <paramref name="Priority"/> keeps its spot and the others move or are listed under the figure.</summary>
public sealed record FigureLabel(FigurePoint At, string Text, TextAnchor Anchor = TextAnchor.BaselineLeft, float SizePt = 8f,
    ReportColor? Color = null, TextStyle Style = TextStyle.Regular, float OffsetXPt = 0, float OffsetYPt = 0, double Priority = 0)
    : FigureElement;

/// <summary>A 2D drawing in its own coordinate system, scaled to fit: the optics figure, or the 3D scene projected
/// orthographically along a view direction.</summary>
/// <param name="Title">Title above the figure, or null.</param>
/// <param name="ViewBox">Region of figure coordinates shown.</param>
/// <param name="Elements">What to draw, back to front.</param>
/// <param name="HeightPt">Height of the drawing area in points (the width is the column's).</param>
/// <param name="Caption">Small print under the figure, or null.</param>
public sealed record VectorFigureBlock(string? Title, FigureViewBox ViewBox, IReadOnlyList<FigureElement> Elements,
    float HeightPt = 220, string? Caption = null) : ReportBlock;
