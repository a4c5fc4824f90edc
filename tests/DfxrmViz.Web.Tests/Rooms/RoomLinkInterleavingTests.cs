using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>Interleavings of two pages' edits that once left the pages of a room on different plans (the one-in-a-dozen
/// failure of <see cref="RoomLinkTests.Two_edits_at_once_end_with_both_pages_on_the_same_plan_as_the_room"/>), each replayed
/// step by step on a held dispatcher (<see cref="RoomPage.Hold"/>), so each runs the same way every time.</summary>
public class RoomLinkInterleavingTests
{
    private static readonly Plan Start = Plan.Example with { EnergyKeV = 17 };

    /// <summary>The first interleaving: B's link read A's
    /// change (version 1) but had not opened it yet when B's own edit became version 2 and was reconciled. Opening A's
    /// change after that (the older version) left B on A's plan and A, the room and every later joiner on B's: the pages
    /// disagreed for good. Both orders of the two dispatched steps must end on the room's plan.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_change_read_before_my_own_newer_one_is_not_opened_after_it(bool reconcileFirst)
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await RoomHarness.UntilAsync(() => a.Link.Members.Length == 2 && b.Link.Members.Length == 2, "both pages see both");

        b.Hold();
        await a.EditAsync(p => p with { EnergyKeV = 24 });
        await RoomHarness.UntilAsync(() => a.Link.Version == 1 && b.Link.Version == 1 && b.HeldCount == 1,
            () => $"B's link read A's change (A at {a.Link.Version}, B at {b.Link.Version}, {b.HeldCount} held)");
        var openAsChange = b.Take(0);

        b.EditNow(p => p with { EnergyKeV = 36 });
        // Every "the plan changed" of this edit has been raised (the background phases too): each one queued a send check.
        await b.Session.Settled;
        b.RunHeld();
        // B's change went out as version 2; its reconcile is all that waits (A publishes nothing, nobody else is here).
        await RoomHarness.UntilAsync(() => b.Link.Version == 2 && b.HeldCount == 1,
            () => $"B's change is version 2 and its reconcile waits (B at {b.Link.Version}, {b.HeldCount} held)");
        var reconcile = b.Take(0);
        if (reconcileFirst)
        {
            b.RunNow(reconcile);
            b.RunNow(openAsChange);
        }
        else
        {
            b.RunNow(openAsChange);
            b.RunNow(reconcile);
        }
        b.Release();

        var room = (await h.Rooms.CurrentAsync(id))!;
        Assert.Equal((36.0, 2L), (PlanJson.Read(room.PlanJson).EnergyKeV, room.Version));
        Assert.Equal(36, b.Plan.EnergyKeV);
        await RoomHarness.UntilAsync(() => a.Plan.EnergyKeV == 36 && a.Link.Version == 2, () => $"A took B's change (A {a.Plan.EnergyKeV})");
        Assert.Equal(36, b.Plan.EnergyKeV);
    }

    /// <summary>The other interleaving behind that failure: my change (36 keV) became version 1 and its reconcile waited on the
    /// circuit while I made the next edit (40 keV). Reconciling then put 36 back over 40, and 40 was never sent (the link
    /// took the page to be on a plan it had opened): my edit vanished, and with the other page's edit of that round also
    /// overtaken the room stayed on the round before.</summary>
    [Fact]
    public async Task An_edit_made_while_my_previous_change_is_reconciled_is_kept_and_sent()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await RoomHarness.UntilAsync(() => a.Link.Members.Length == 2 && b.Link.Members.Length == 2, "both pages see both");

        b.Hold();
        b.EditNow(p => p with { EnergyKeV = 36 });
        await b.Session.Settled;
        b.RunHeld();
        await RoomHarness.UntilAsync(() => b.Link.Version == 1 && b.HeldCount == 1,
            () => $"B's change is version 1 and its reconcile waits (B at {b.Link.Version}, {b.HeldCount} held)");
        var reconcile = b.Take(0);
        b.EditNow(p => p with { EnergyKeV = 40 });
        await b.Session.Settled;
        b.RunNow(reconcile);
        Assert.Equal(40, b.Plan.EnergyKeV);
        b.Release();

        await RoomHarness.UntilAsync(async () =>
        {
            var room = (await h.Rooms.CurrentAsync(id))!;
            return room.Version == 2 && PlanJson.Read(room.PlanJson).EnergyKeV == 40 && a.Plan.EnergyKeV == 40 && !b.Link.IsSending;
        }, () => $"B's 40 keV is the room's version 2 and reached A (A {a.Plan.EnergyKeV}, B {b.Plan.EnergyKeV} at {b.Link.Version})");
        Assert.Equal(40, b.Plan.EnergyKeV);
    }
}
