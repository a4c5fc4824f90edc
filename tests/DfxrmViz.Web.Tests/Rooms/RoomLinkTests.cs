using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Services.Rooms;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>The page's side of a live room (Services/Rooms/RoomLink): the plan is the unit of change, received plans are
/// not published back, cameras go out separately for those who follow, and the room's plan outlives the instance.</summary>
public class RoomLinkTests
{
    private static readonly Plan Start = Plan.Example with { EnergyKeV = 17 };

    private static readonly CameraState CameraA = new(new Vec3(3, 4, 5), new Vec3(0, 0.5, 0), new Vec3(0, 1, 0), 1.5);

    private static readonly CameraState CameraB = new(new Vec3(-6, 1, 2), Vec3.Zero, new Vec3(0, 1, 0), 0.75);

    [Fact]
    public async Task Edits_from_either_page_open_in_the_other_and_each_is_one_room_version()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        Assert.Equal(RoomLinkStatus.Live, a.Link.Status);
        Assert.Equal(17, b.Plan.EnergyKeV);

        // Ten edits taking turns: if a page published a plan it received, the room would count more than ten versions.
        for (var i = 1; i <= 10; i++)
        {
            var (from, to) = i % 2 == 1 ? (a, b) : (b, a);
            var energy = 17 + (i * 0.25);
            await from.EditAsync(p => p with { EnergyKeV = energy });
            await RoomHarness.UntilAsync(() => to.Plan.EnergyKeV == energy, $"edit {i} ({energy} keV) reached the other page");
        }
        await RoomHarness.UntilAsync(() => a.Link.Version == 10 && b.Link.Version == 10, "both pages at version 10");
        var room = await h.Rooms.CurrentAsync(id);
        Assert.Equal(10, room!.Version);
        Assert.Equal(19.5, PlanJson.Read(room.PlanJson).EnergyKeV);
    }

    [Fact]
    public async Task Two_edits_at_once_end_with_both_pages_on_the_same_plan_as_the_room()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        for (var round = 0; round < 10; round++)
        {
            var (ea, eb) = (18 + round, 30 + round);
            await Task.WhenAll(a.EditAsync(p => p with { EnergyKeV = ea }), b.EditAsync(p => p with { EnergyKeV = eb }));
            // Settled: the room holds one of this round's two edits (whichever it ordered last) and both pages show it at the
            // room's version. EditAsync returns before a page's edit is on its way to the room (the link sends it from the
            // circuit's queue), so the room and both pages may still agree on the previous round's plan for a moment: that
            // state is not yet settled, nor is one where a page still sends (its change would land in the next round). An edit overtaken by the other page's before it was sent is not sent at all (the
            // page already shows the newer plan), so the room may count one version for a round, never zero.
            await RoomHarness.UntilAsync(async () =>
            {
                var room = (await h.Rooms.CurrentAsync(id))!;
                var energy = PlanJson.Read(room.PlanJson).EnergyKeV;
                return (energy == ea || energy == eb) && a.Plan.EnergyKeV == energy && b.Plan.EnergyKeV == energy
                    && a.Link.Version == room.Version && b.Link.Version == room.Version && !a.Link.IsSending && !b.Link.IsSending;
            }, () => $"round {round}: both pages on the room's plan, one of the edits {ea} and {eb} keV (A {a.Plan.EnergyKeV} "
                + $"at version {a.Link.Version}, B {b.Plan.EnergyKeV} at version {b.Link.Version})");
        }
    }

    [Fact]
    public async Task A_camera_move_goes_to_followers_only_and_is_not_a_plan_change()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        var c = await h.JoinAsync(id);
        await b.Run(() => b.Link.Follow(a.Link.MemberId));

        await a.EditAsync(p => p with { View = p.View with { Camera = CameraA } });
        await RoomHarness.UntilAsync(() => b.Plan.View.Camera == CameraA, "the follower's camera moved to A's");
        Assert.Null(c.Plan.View.Camera);
        Assert.Equal(0, a.Link.Version);

        // C starts following later: it takes A's last camera without A moving again (at once when C's link has already read
        // A's camera message, else as soon as it does: the message reaches B and C independently).
        await c.Run(() => c.Link.Follow(a.Link.MemberId));
        await RoomHarness.UntilAsync(() => c.Plan.View.Camera == CameraA, "the late follower took A's last camera");

        // A plan change keeps each page's own camera; B moving its own camera stops its following.
        await b.EditAsync(p => p with { View = p.View with { Camera = CameraB } });
        await RoomHarness.UntilAsync(() => b.Link.FollowingMemberId is null, "B no longer follows A");
        await a.EditAsync(p => p with { EnergyKeV = 18 });
        await RoomHarness.UntilAsync(() => b.Plan.EnergyKeV == 18 && c.Plan.EnergyKeV == 18, "the energy edit reached B and C");
        Assert.Equal(CameraB, b.Plan.View.Camera);
        Assert.Equal(CameraA, c.Plan.View.Camera);
        Assert.Equal(CameraA, a.Plan.View.Camera);
        Assert.Equal(1, (await h.Rooms.CurrentAsync(id))!.Version);
    }

    [Fact]
    public async Task Presence_lists_guests_in_join_order_and_a_rename_reaches_everyone_cleaned()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await RoomHarness.UntilAsync(() => a.Link.Members.Length == 2, "A sees B");
        Assert.Equal(["Guest 1", "Guest 2"], a.Link.Members.Select(m => m.DisplayName));
        Assert.Equal("Guest 2", b.Link.DisplayName);

        await b.Link.RenameAsync("  <b>Ana</b>\n  Lab ");
        await RoomHarness.UntilAsync(() => a.Link.Members.Any(m => m.DisplayName == "<b>Ana</b> Lab"), "A sees B's new name");
        await b.Link.RenameAsync("");
        await RoomHarness.UntilAsync(() => a.Link.Members.Any(m => m.DisplayName == "Guest 2"), "an empty name gives back Guest 2");

        await b.DisposeAsync();
        await RoomHarness.UntilAsync(() => a.Link.Members.Length == 1, "B left");
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAA", "no live room at this address")]
    [InlineData("not-a-room", "not a live-room address")]
    public async Task An_unknown_or_malformed_room_says_so_and_keeps_the_example(string id, string message)
    {
        await using var h = await RoomHarness.StartAsync();
        var page = await h.JoinAsync(id);
        Assert.Equal(RoomLinkStatus.Missing, page.Link.Status);
        Assert.Contains(message, page.Link.Message, StringComparison.Ordinal);
        Assert.Equal(Plan.Example, page.Plan);
    }

    [Fact]
    public async Task A_full_room_opens_its_last_plan_read_only_and_shares_nothing()
    {
        await using var h = await RoomHarness.StartAsync(options: new RoomOptions { MaxMembers = 1 });
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        await a.EditAsync(p => p with { EnergyKeV = 21 });
        await RoomHarness.UntilAsync(() => a.Link.Version == 1, "A's edit is in the room");

        var b = await h.JoinAsync(id);
        Assert.Equal(RoomLinkStatus.ReadOnly, b.Link.Status);
        Assert.Contains("full", b.Link.Message, StringComparison.Ordinal);
        Assert.Equal(21, b.Plan.EnergyKeV);
        await b.EditAsync(p => p with { EnergyKeV = 9 });
        Assert.Equal(21, a.Plan.EnergyKeV);
        Assert.Equal(1, (await h.Rooms.CurrentAsync(id))!.Version);
    }

    [Fact]
    public async Task The_rooms_plan_is_stored_after_a_change_and_opens_again_after_a_restart()
    {
        string directory, id;
        await using (var first = await RoomHarness.StartAsync())
        {
            directory = first.Directory;
            id = await first.CreateRoomAsync(Start);
            var a = await first.JoinAsync(id);
            await a.EditAsync(p => p with { EnergyKeV = 12.5 });
            // Stored while A is still in the room (debounced, RoomOptions.WriteInterval), not only when it closes.
            await RoomHarness.UntilAsync(async () => (await first.Store.GetRoomAsync(id))?.Version == 1, "the change reached the store");
            Assert.Equal(12.5, PlanJson.Read((await first.Store.GetRoomAsync(id))!.PlanJson).EnergyKeV);
            await a.EditAsync(p => p with { EnergyKeV = 13.5 });
        }
        // A new instance on the same data folder, with nothing of the old one in memory.
        await using var second = await RoomHarness.StartAsync(directory);
        var b = await second.JoinAsync(id);
        Assert.Equal(RoomLinkStatus.Live, b.Link.Status);
        Assert.Equal(13.5, b.Plan.EnergyKeV);
        Assert.Equal(2, b.Link.Version);
        await second.DisposeAsync();
        second.DeleteFiles();
    }

    [Fact]
    public async Task A_room_closed_by_one_page_shows_the_other_its_last_plan_read_only_and_refuses_its_edits()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await a.EditAsync(p => p with { EnergyKeV = 18 });
        await RoomHarness.UntilAsync(() => b.Plan.EnergyKeV == 18 && !a.Link.IsSending, "B sees A's edit");

        await a.Link.CloseRoomAsync();
        await RoomHarness.UntilAsync(() => b.Link.Status == RoomLinkStatus.Closed, "B sees the room closed");
        Assert.Equal(RoomLinkStatus.Closed, a.Link.Status);
        Assert.Equal(a.Link.ClosedUtc, b.Link.ClosedUtc);
        Assert.StartsWith("This room was closed on ", b.Link.Message, StringComparison.Ordinal);
        Assert.Equal(18, b.Link.LastPlan!.EnergyKeV);

        await b.EditAsync(p => p with { EnergyKeV = 25 });
        await RoomHarness.UntilAsync(() => b.Link.Warning is not null, "B is told its edit was refused");
        Assert.Contains("not applied", b.Link.Warning, StringComparison.Ordinal);
        Assert.Equal(18, b.Plan.EnergyKeV);
        var room = await h.Rooms.CurrentAsync(id);
        Assert.Equal((18.0, b.Link.ClosedUtc), (PlanJson.Read(room!.PlanJson).EnergyKeV, room.ClosedUtc));

        var late = await h.JoinAsync(id);
        Assert.Equal((RoomLinkStatus.Closed, 18.0), (late.Link.Status, late.Plan.EnergyKeV));
    }

    [Fact]
    public async Task A_visitor_of_a_closed_room_sees_its_last_plan_and_is_not_added_to_its_presence()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Start);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await a.EditAsync(p => p with { EnergyKeV = 18 });
        await RoomHarness.UntilAsync(() => b.Plan.EnergyKeV == 18 && a.Link.Members.Length == 2, "B sees A's edit, A sees B");
        await a.Link.CloseRoomAsync();
        await RoomHarness.UntilAsync(() => b.Link.Status == RoomLinkStatus.Closed, "B sees the room closed");

        var visitor = await h.JoinAsync(id);
        Assert.Equal((RoomLinkStatus.Closed, 18.0, 1L), (visitor.Link.Status, visitor.Plan.EnergyKeV, visitor.Link.Version));
        Assert.Empty(visitor.Link.Members);
        // B leaving is announced while the visitor's page is open: A's list then holds A alone, not the visitor.
        await b.DisposeAsync();
        await RoomHarness.UntilAsync(() => a.Link.Members.All(m => m.MemberId != b.Link.MemberId), "A sees B leave");
        Assert.Equal([a.Link.MemberId], a.Link.Members.Select(m => m.MemberId));
    }
}
