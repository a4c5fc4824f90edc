using DfxrmViz.Web.Components.Shared;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>A move waits for the render as an update(); a full redraw already due wins, and the plot is told so (it must then
/// rebuild the Data and Layout that React sends, which a move does not rebuild).</summary>
public class PlotComponentBaseTests
{
    private sealed class Probe : PlotComponentBase
    {
        public void Stale() => MarkStale();

        public bool Moved() => MarkMoved(new Dictionary<string, object>(), new Dictionary<string, object>(), 0);
    }

    [Fact]
    public void A_move_is_taken_unless_a_redraw_is_due()
    {
        var probe = new Probe();
        Assert.True(probe.Moved());
        Assert.True(probe.Moved());
        probe.Stale();
        Assert.False(probe.Moved());
    }
}
