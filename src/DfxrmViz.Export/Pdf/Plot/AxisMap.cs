using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>Maps data values to page coordinates along one axis (log axes in log10).</summary>
internal sealed record AxisMap(AxisScale Scale, double Min, double Max, float From, float To)
{
    /// <summary>Whether the value can be drawn on this axis (finite; positive on a log axis).</summary>
    public bool Accepts(double v) => double.IsFinite(v) && (Scale == AxisScale.Linear || v > 0);

    public float Map(double v) =>
        // Far-off points are pulled in so that Skia never sees huge coordinates; the plot clip hides them anyway.
        (float)(From + Math.Clamp(Fraction(v), -10, 11) * (To - From));

    /// <summary>Whether the value lies within the axis range (to 1e-9 of the span).</summary>
    public bool InRange(double v) => Accepts(v) && Fraction(v) is >= -1e-9 and <= 1 + 1e-9;

    private double Fraction(double v) => Scale == AxisScale.Log
        ? (Math.Log10(v) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min))
        : (v - Min) / (Max - Min);
}
