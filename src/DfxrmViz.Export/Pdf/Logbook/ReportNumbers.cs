using DfxrmViz.Core.Planning;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Number text of the logbook page: Core's NumberText (the page's formatter), so the PDF shows the page's digits;
/// invariant culture, a true minus sign, no "−0.000", "—" for what is not finite.</summary>
public static class ReportNumbers
{
    /// <summary>The value in a .NET format such as "0.0000" (Core's one number formatter).</summary>
    public static string Fixed(double v, string format) => NumberText.Fixed(v, format);

    /// <summary>Four significant digits without exponent for 0.001 ≤ |v| &lt; 1e7 (174.6, 0.04235), else "1.23e−5".</summary>
    public static string Significant(double v) => NumberText.Sig(v);

    /// <summary>A transmission 0–1 as percent: "42.35 %", "3.1e−12 %", "&lt; 1e−300 %" when it underflows.</summary>
    public static string Percent(double transmission) => NumberText.Percent(transmission);

    /// <summary>Energy with up to three decimals: "17", "18.986".</summary>
    public static string KeV(double energyKeV) => NumberText.KeV(energyKeV);

    /// <summary>Miller indices as on the page: "(0 0 6)", negative indices with a true minus.</summary>
    public static string Hkl(int h, int k, int l) => "(" + string.Join(' ', new[] { h, k, l }.Select(i => Fixed(i, "0"))) + ")";
}
