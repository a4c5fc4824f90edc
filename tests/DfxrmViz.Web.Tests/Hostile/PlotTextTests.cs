using DfxrmViz.Web.Components.Shared;

namespace DfxrmViz.Web.Tests.Hostile;

/// <summary>A crystal name from a CIF reaches a Plotly title, which plotly.js reads as a subset of HTML
/// (src/lib/svg_text_utils.js: &lt;b&gt;, &lt;a href&gt;, &lt;br&gt;, entities decoded): it must arrive escaped.</summary>
public class PlotTextTests
{
    private sealed class Probe : PlotComponentBase
    {
        public static string Text(string s) => PlotText(s);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<a href=\"javascript:alert(1)\">LiNbO3</a>", "&lt;a href=\"javascript:alert(1)\"&gt;LiNbO3&lt;/a&gt;")]
    [InlineData("Fe<br>O &amp; Li", "Fe&lt;br&gt;O &amp;amp; Li")]
    [InlineData("Lithium niobate", "Lithium niobate")]
    public void Markup_in_a_plot_text_is_escaped(string name, string expected) => Assert.Equal(expected, Probe.Text(name));
}
