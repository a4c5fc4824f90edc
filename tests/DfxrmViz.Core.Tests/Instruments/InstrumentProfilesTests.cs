using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Instruments;

namespace DfxrmViz.Core.Tests.Instruments;

public class InstrumentProfilesTests
{
    [Fact]
    public void Ships_the_ESRF_DFXM_and_a_generic_profile()
    {
        Assert.Equal("esrf-dfxm", InstrumentProfiles.Get("esrf-dfxm").GoniometerProfileId);
        Assert.Equal("generic", InstrumentProfiles.Get("GENERIC").GoniometerProfileId);
        Assert.Equal(45, InstrumentProfiles.Get("esrf-dfxm").TwoThetaMaxDeg.Value);
        Assert.Equal(180, InstrumentProfiles.Get("generic").TwoThetaMaxDeg.Value);
    }

    [Fact]
    public void Every_limit_is_sourced_or_an_assumption_with_a_note() =>
        Assert.All(InstrumentProfiles.All.SelectMany(p => p.Limits), l =>
            Assert.True(l.Limit.Assumption ? !string.IsNullOrWhiteSpace(l.Limit.Note) : !string.IsNullOrWhiteSpace(l.Limit.Source)));

    [Fact]
    public void A_limit_without_source_or_assumption_is_refused()
    {
        const string json = """
            {"profiles":[{"id":"x","name":"x","goniometerProfileId":"generic",
              "twoThetaMinDeg":{"value":0},"twoThetaMaxDeg":{"value":45,"source":"s"},
              "energyMinKeV":{"value":1,"source":"s"},"energyMaxKeV":{"value":2,"source":"s"}}]}
            """;
        Assert.Throws<InputException>(() => InstrumentProfiles.Parse(json));
        Assert.Throws<InputException>(() => InstrumentProfiles.Get("nope"));
    }
}
