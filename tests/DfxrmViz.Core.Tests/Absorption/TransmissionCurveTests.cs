using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Absorption;

/// <summary>Beer–Lambert T = exp(−t/L) (docs/physics.md §3); reference values are e⁻¹ and e⁻² to 1e-12 and the plot's range rule.</summary>
public class TransmissionCurveTests
{
    [Fact]
    public void Curve_runs_to_four_attenuation_lengths_when_the_sample_is_thinner()
    {
        var c = TransmissionCurve.Compute(attenuationLengthUm: 100, sampleThicknessUm: 50);
        Assert.Equal(400, c.MaxUm, 12);
        Assert.Equal(TransmissionCurve.Points, c.ThicknessesUm.Length);
        Assert.Equal(400.0 / 300, c.ThicknessesUm[0], 12);
        Assert.Equal(400, c.ThicknessesUm[^1], 12);
        Assert.Equal(Math.Exp(-4), c.Transmissions[^1], 12);
        // t = 200 µm = 2L is point 150 (1-based): T = e⁻².
        Assert.Equal(0.1353352832366127, c.Transmissions[149], 12);
        Assert.Equal(0.36787944117144233, c.AtLengthTransmission, 12);
        Assert.Equal(0.6065306597126334, c.SampleTransmission, 12); // e^−0.5
        Assert.True(c.Transmissions.Zip(c.Transmissions.Skip(1)).All(p => p.Second < p.First));
    }

    [Fact]
    public void Curve_runs_past_a_sample_thicker_than_four_lengths()
    {
        var c = TransmissionCurve.Compute(attenuationLengthUm: 10, sampleThicknessUm: 1000);
        Assert.Equal(1250, c.MaxUm, 12);
        Assert.Equal(Math.Exp(-100), c.SampleTransmission, 1e-50);
    }

    [Fact]
    public void A_thickness_that_is_not_positive_is_refused_by_field()
    {
        var ex = Assert.Throws<InputException>(() => TransmissionCurve.Compute(100, 0));
        Assert.Contains("thickness", ex.Problem.Field, StringComparison.OrdinalIgnoreCase);
    }
}
