namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>A4 in PostScript points (ISO 216: 210 × 297 mm; 1 pt = 1/72 in) and the report's margins.</summary>
internal static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float MarginLeft = 45f;
    public const float MarginRight = 45f;
    public const float ContentWidth = Width - MarginLeft - MarginRight;

    /// <summary>Header: baseline of the title line, and the rule under it.</summary>
    public const float HeaderBaseline = 34f;
    public const float HeaderRule = 41f;

    /// <summary>Content area between header and footer.</summary>
    public const float ContentTop = 56f;
    public const float ContentBottom = Height - 54f;

    /// <summary>Footer: the rule over it and its baseline.</summary>
    public const float FooterRule = Height - 42f;
    public const float FooterBaseline = Height - 30f;
}
