using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Plot;

namespace DfxrmViz.Export.Tests.Pdf;

public class AxisTicksTests
{
    [Fact]
    public void A_log_axis_from_1_to_100_has_decade_ticks_and_minor_ticks_at_2_to_9()
    {
        var ticks = AxisTicks.Ticks(AxisScale.Log, 1, 100);
        Assert.Equal(["1", "10", "100"], ticks.Where(t => t.Major).Select(t => t.Label));
        Assert.Equal(19, ticks.Count); // 1…9, 10…90, 100
        Assert.All(ticks.Where(t => !t.Major), t => Assert.Equal("", t.Label));
        Assert.Equal(new double[] { 2, 3, 4, 5, 6, 7, 8, 9 }, ticks.Where(t => !t.Major && t.Value < 10).Select(t => t.Value));
    }

    [Fact]
    public void Large_and_small_decades_are_written_as_powers_of_ten()
    {
        var labels = AxisTicks.Ticks(AxisScale.Log, 1e-4, 1e6).Where(t => t.Major).Select(t => t.Label);
        Assert.Equal(["10⁻⁴", "10⁻³", "0.01", "0.1", "1", "10", "100", "1000", "10⁴", "10⁵", "10⁶"], labels);
    }

    [Fact]
    public void Less_than_two_decades_in_view_labels_2_and_5()
    {
        var labelled = AxisTicks.Ticks(AxisScale.Log, 15, 300).Where(t => t.Label.Length > 0).Select(t => t.Label);
        Assert.Equal(["20", "50", "100", "200"], labelled);
    }

    [Fact]
    public void Log_ranges_from_data_round_out_to_decades()
    {
        var axis = new PlotAxis("L (µm)", AxisScale.Log);
        Assert.Equal((1.0, 10000.0), AxisTicks.Range(axis, [2.6, 0, -1, double.NaN, 8123]));
    }

    [Fact]
    public void Linear_ticks_use_1_2_2point5_5_steps_and_a_true_minus()
    {
        Assert.Equal(["0", "20", "40", "60", "80", "100"], AxisTicks.Ticks(AxisScale.Linear, 0, 100).Select(t => t.Label));
        Assert.Equal(["−1.0", "−0.5", "0.0", "0.5", "1.0"], AxisTicks.Ticks(AxisScale.Linear, -1, 1).Select(t => t.Label));
        Assert.Equal(["0.00", "0.25", "0.50", "0.75", "1.00"], AxisTicks.Ticks(AxisScale.Linear, 0, 1.2).Take(5).Select(t => t.Label));
        Assert.Equal((0.0, 500.0), AxisTicks.Range(new PlotAxis("t"), [3, 487]));
    }

    [Fact]
    public void Guide_labels_closer_than_their_height_merge_and_share_the_element()
    {
        Assert.Equal("Nb L3, L2, L1", GuideLabels.Join(["Nb L3", "Nb L2", "Nb L1"]));
        Assert.Equal("Nb K, O K", GuideLabels.Join(["Nb K", "O K"]));
        var labels = GuideLabels.Arrange(
            [(new PlotGuide(2.371, "Nb L3"), 100f), (new PlotGuide(2.465, "Nb L2"), 103f), (new PlotGuide(2.698, "Nb L1"), 110f),
             (new PlotGuide(18.986, "Nb K"), 300f), (new PlotGuide(17, "17 keV", GuideKind.Current), 296f)], 8f, 500f); // 3, 7 pt apart: one label
        Assert.Equal(["Nb L3, L2, L1", "Nb K", "17 keV"], labels.Select(l => l.Text));
        Assert.True(labels.Single(l => l.Text == "17 keV").LeftOfLine); // Nb K's label is in the way on the right
    }
}
