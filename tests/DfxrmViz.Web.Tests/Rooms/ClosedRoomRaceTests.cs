using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Web.Services.Rooms;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>What another instance does in the instant a room closes, replayed at that exact step (<see cref="HookedBackplane"/>):
/// a change it published then reaches the live channel but not the store, so no page may keep it; a page that joins
/// then opens the room closed, never live.</summary>
public class ClosedRoomRaceTests
{
    private static readonly Plan Start = Plan.Example with { EnergyKeV = 17 };

    /// <summary>A member on another instance changes the plan (30 keV) as the room closes at 18 keV: its change gets live
    /// version 2 and is announced just before the close, or just after it. Either way every page ends on the stored
    /// last plan (18 keV, version 1), with no warning: the change was not theirs.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_change_published_elsewhere_in_the_instant_of_closing_does_not_stay_on_any_page(bool announcedAfterTheClose)
    {
        var backplane = new HookedBackplane();
        await using var h = await RoomHarness.StartAsync(backplane: backplane);
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        // The other instance's member, as the shared state knows it (this instance has no session for it).
        var remote = PublicId.New();
        await backplane.Inner.JoinAsync(id, remote, 200);
        await a.EditAsync(p => p with { EnergyKeV = 18 });
        await RoomHarness.UntilAsync(() => b.Plan.EnergyKeV == 18 && !a.Link.IsSending && b.Link.Members.Length == 3,
            "B sees A's edit and all three members");

        var late = PlanJson.Write(Start with { EnergyKeV = 30 });
        Task PublishRemote() => backplane.Inner.PublishPlanAsync(id, remote, late, 0);
        backplane.AroundClose = async announceClose =>
        {
            if (announcedAfterTheClose)
            {
                await announceClose();
                await PublishRemote();
            }
            else
            {
                await PublishRemote();
                await announceClose();
            }
            // The remote member's page goes: once a page has this presence, it has handled every event before it.
            await backplane.Inner.LeaveAsync(id, remote);
        };
        await a.Link.CloseRoomAsync();

        foreach (var (name, page) in new[] { ("A", a), ("B", b) })
        {
            await RoomHarness.UntilAsync(() => page.Link.Status == RoomLinkStatus.Closed && page.Link.Members.Length == 2,
                () => $"{name} sees the room closed and the remote member gone (status {page.Link.Status}, {page.Link.Members.Length} members)");
            Assert.Equal((18.0, 18.0, 1L), (page.Plan.EnergyKeV, page.Link.LastPlan!.EnergyKeV, page.Link.Version));
            Assert.Null(page.Link.Warning);
        }
        var stored = (await h.Store.GetRoomAsync(id))!;
        Assert.Equal((18.0, 1L, a.Link.ClosedUtc), (PlanJson.Read(stored.PlanJson).EnergyKeV, stored.Version, stored.ClosedUtc));
        Assert.False(await h.Store.UpdateRoomAsync(id, late, 2));
        // A page opened afterwards shows the same.
        var visitor = await h.JoinAsync(id);
        Assert.Equal((RoomLinkStatus.Closed, 18.0), (visitor.Link.Status, visitor.Plan.EnergyKeV));
    }

    /// <summary>My own change (30 keV) goes out just after the close read the live plan (18 keV) and just before the close
    /// is announced: the room gave it version 2, but the store, closed at version 1, refuses it. Whichever of its reconcile
    /// and the close my page runs first, it ends on the last plan and says my change was not applied; the other page,
    /// which had opened my change, goes back to the last plan without a warning.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task My_change_sent_in_the_instant_of_closing_is_refused_and_said_so(bool reconcileFirst)
    {
        var backplane = new HookedBackplane();
        await using var h = await RoomHarness.StartAsync(backplane: backplane);
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await a.EditAsync(p => p with { EnergyKeV = 18 });
        await RoomHarness.UntilAsync(() => b.Plan.EnergyKeV == 18 && !a.Link.IsSending && b.Link.Members.Length == 2, "B sees A's edit");

        HeldAction? reconcile = null;
        backplane.AroundClose = async announceClose =>
        {
            b.Hold();
            b.EditNow(p => p with { EnergyKeV = 30 });
            await b.Session.Settled;
            b.RunHeld();
            await RoomHarness.UntilAsync(() => b.Link.Version == 2 && b.HeldCount == 1,
                () => $"B's change is live version 2 and its reconcile waits (B at {b.Link.Version}, {b.HeldCount} held)");
            reconcile = b.Take(0);
            await RoomHarness.UntilAsync(() => a.Plan.EnergyKeV == 30, "A opened B's change");
            await announceClose();
        };
        await a.Link.CloseRoomAsync();
        await RoomHarness.UntilAsync(() => b.HeldCount == 1, "B's link read the close");
        var close = b.Take(0);
        if (reconcileFirst)
        {
            b.RunNow(reconcile!);
            b.RunNow(close);
        }
        else
        {
            b.RunNow(close);
            b.RunNow(reconcile!);
        }
        b.Release();

        Assert.Equal((RoomLinkStatus.Closed, 18.0, 18.0), (b.Link.Status, b.Plan.EnergyKeV, b.Link.LastPlan!.EnergyKeV));
        Assert.Contains("Your change was not applied", b.Link.Warning, StringComparison.Ordinal);
        await RoomHarness.UntilAsync(() => a.Link.Status == RoomLinkStatus.Closed && a.Plan.EnergyKeV == 18,
            () => $"A shows the last plan ({a.Link.Status}, {a.Plan.EnergyKeV} keV)");
        Assert.Null(a.Link.Warning);
        var stored = (await h.Store.GetRoomAsync(id))!;
        Assert.Equal((18.0, 1L), (PlanJson.Read(stored.PlanJson).EnergyKeV, stored.Version));
    }

    /// <summary>The room closes (on another instance) while a page joins it: after this instance read the room as live but
    /// before it subscribed to the room (the close announcement is not heard here), or after the page was added to the
    /// room's members but before this instance counts it as one of its own (the announcement reaches the room here, not
    /// the page). The page opens the room closed, not live.</summary>
    [Theory]
    [InlineData("before subscribing")]
    [InlineData("after joining")]
    public async Task A_room_closed_in_the_instant_a_page_joins_opens_closed(string when)
    {
        var backplane = new HookedBackplane();
        await using var h = await RoomHarness.StartAsync(backplane: backplane);
        var id = await h.CreateRoomAsync(Start with { EnergyKeV = 18 });
        async Task Close() => Assert.NotNull(await h.Rooms.CloseAsync(id));
        if (when == "before subscribing")
        {
            backplane.BeforeSubscribe = Close;
        }
        else
        {
            backplane.AfterJoin = Close;
        }

        var page = await h.JoinAsync(id);
        await RoomHarness.UntilAsync(() => page.Link.Status == RoomLinkStatus.Closed, () => $"the page shows the room closed (status {page.Link.Status})");
        Assert.Equal(18, page.Plan.EnergyKeV);
        Assert.Null(page.Link.Warning);
        var closed = (await h.Store.GetRoomAsync(id))!.ClosedUtc;
        Assert.Equal(closed, page.Link.ClosedUtc);
        await page.EditAsync(p => p with { EnergyKeV = 25 });
        await RoomHarness.UntilAsync(() => page.Link.Warning is not null, "the page is told its edit was refused");
        Assert.Equal(18, page.Plan.EnergyKeV);
    }
}
