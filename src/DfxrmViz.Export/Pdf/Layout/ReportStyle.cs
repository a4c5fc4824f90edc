using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Type sizes, spacing and colours of the report (one place, so pages look alike).</summary>
internal static class ReportStyle
{
    public const float BodySize = 9.5f;
    public const float SmallSize = 7.5f;
    public const float HeaderSize = 8f;
    public const float Heading1Size = 13f;
    public const float Heading2Size = 10.5f;
    public const float KeyValueSize = 8.5f;
    public const float Leading = 1.36f;
    public const float BlockGap = 8f;

    public static ReportColor Accent { get; } = ReportColor.FromHex("#1f5fa8");
    public static ReportColor Rule { get; } = ReportColor.FromHex("#b9bec4");
    public static ReportColor Hairline { get; } = ReportColor.FromHex("#dde1e5");
    public static ReportColor HeaderBand { get; } = ReportColor.FromHex("#eceff3");
    public static ReportColor MarkBand { get; } = ReportColor.FromHex("#ffefb8");
    public static ReportColor MarkInk { get; } = ReportColor.FromHex("#8a5a00");

    /// <summary>Line height for a type size.</summary>
    public static float LineHeight(float size) => size * Leading;

    /// <summary>Icon colour of a callout kind.</summary>
    public static ReportColor KindColor(CalloutKind kind) => kind switch
    {
        CalloutKind.Warning => ReportColor.FromHex("#b25e00"),
        CalloutKind.Ok => ReportColor.FromHex("#1e7b34"),
        CalloutKind.Problem => ReportColor.FromHex("#b3261e"),
        CalloutKind.Unchecked => ReportColor.Muted,
        _ => Accent,
    };

    /// <summary>Pale background of a callout kind.</summary>
    public static ReportColor KindBand(CalloutKind kind) => kind switch
    {
        CalloutKind.Warning => ReportColor.FromHex("#fff4e0"),
        CalloutKind.Ok => ReportColor.FromHex("#eaf6ec"),
        CalloutKind.Problem => ReportColor.FromHex("#fdecea"),
        CalloutKind.Unchecked => ReportColor.FromHex("#f1f2f4"),
        _ => ReportColor.FromHex("#e9f1fb"),
    };

    /// <summary>The status word of a kind.</summary>
    public static string KindWord(CalloutKind kind) => kind switch
    {
        CalloutKind.Warning => "WARNING",
        CalloutKind.Ok => "OK",
        CalloutKind.Problem => "PROBLEM",
        CalloutKind.Unchecked => "UNCHECKED",
        _ => "NOTE",
    };
}
