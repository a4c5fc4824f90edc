using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

public class ReachabilityTests
{
    private static readonly UnitCell LiNbO3 = new(5.14829, 5.14829, 13.8631, 90, 90, 120);

    [Fact]
    public void Rows_say_why_a_reflection_is_not_reachable()
    {
        var mount = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var rows = Reachability.Evaluate(LiNbO3, [(1, -1, 2), (30, 0, 0), (3, 0, 0), (0, 0, 6)], 17, mount, GoniometerProfiles.Get("esrf-dfxm"), 0, 45);
        Assert.True(rows[0].Reachable);
        Assert.Equal("reachable", rows[0].Reason);
        // (30 0 0): d = a√3/2/30 = 0.148618 Å; hc/(2d) = 41.713 keV.
        Assert.False(rows[1].Reachable);
        Assert.StartsWith("needs E ≥ 41.71", rows[1].Reason);
        // (3 0 0) with Q ⟂ ... (1 −1 2): far from the ω axis, the ±10° tilt stages (assumed limits) block it.
        Assert.False(rows[2].Reachable);
        Assert.StartsWith("Blocked by the", rows[2].Reason);
        Assert.Contains("limit", rows[2].Reason);
        // The block is also given as data (axis, excess) for the table's short text; the message names the same axis.
        var block = Assert.IsType<DfxrmViz.Core.Goniometer.LimitBlock>(rows[2].Blocked);
        Assert.Contains($"({block.AxisAsciiName})", rows[2].Reason);
        Assert.True(block.ExcessDeg > 0);
        Assert.Null(rows[0].Blocked);
        Assert.Null(rows[1].Blocked);
        Assert.NotNull(rows[3].TwoThetaDeg);
    }

    [Fact]
    public void Outside_the_two_theta_window_is_reported()
    {
        var mount = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var rows = Reachability.Evaluate(LiNbO3, [(1, -1, 2)], 17, mount, GoniometerProfiles.Get("dfxrm-vis"), 20, 45);
        Assert.False(rows[0].Reachable);
        Assert.StartsWith("2θ = 11.161° outside the window [20°, 45°]", rows[0].Reason);
    }

    [Fact]
    public void Without_limits_every_diffracting_reflection_is_reachable()
    {
        var mount = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(0, 0, 1), null);
        var rows = Reachability.Evaluate(LiNbO3, [(1, 0, 4), (1, 1, 0), (0, 0, 6), (2, -1, 3)], 17, mount, GoniometerProfiles.Get("dfxrm-vis"));
        Assert.All(rows, r => Assert.True(r.Reachable, r.Reason));
    }

    [Fact]
    public void What_blocks_a_row_is_computed_when_first_read_and_once()
    {
        // The yes/no is all the suggestion and the pre-flight need; the least-excess search behind the text waits for a reader
        // (the table renders a few dozen of hundreds of rows), and threads reading at once get the one same answer.
        var mount = SampleFrame.Mount(LiNbO3, LatticeVector.Plane(1, -1, 2), null);
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var rows = Reachability.Evaluate(LiNbO3, [(3, 0, 0), (1, -1, 2)], 17, mount, profile, 0, 45);
        Assert.False(rows[0].Reachable);
        Assert.True(rows[0].IsBlockPending);
        Assert.False(rows[1].IsBlockPending); // reachable: nothing to defer
        var texts = new string[8];
        Parallel.For(0, texts.Length, i => texts[i] = rows[0].Reason);
        Assert.False(rows[0].IsBlockPending);
        Assert.All(texts, t => Assert.Same(texts[0], t));
        Assert.Same(rows[0].Blocked, rows[0].Blocked);
        // The same block as a fresh evaluation read at once (the deferral changes when, not what).
        var again = Reachability.Evaluate(LiNbO3, [(3, 0, 0)], 17, mount, profile, 0, 45)[0];
        Assert.Equal(again.Blocked, rows[0].Blocked);
        Assert.StartsWith("Blocked by the", rows[0].Reason);
    }
}
