using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Rooms;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Rooms;

public class RoomBarTests
{
    [Fact]
    public async Task Names_are_text_not_markup_and_Follow_follows_that_member()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Plan.Example);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await b.Link.RenameAsync("<img src=x onerror=alert(1)>Ana");
        await RoomHarness.UntilAsync(() => a.Link.Members.Any(m => m.DisplayName.EndsWith("Ana", StringComparison.Ordinal)), "A sees B's name");

        await using var ctx = MudContext.Create();
        var cut = ctx.Render<RoomBar>(p => p.Add(x => x.Link, a.Link));
        Assert.Equal("live", cut.Find("#room").GetAttribute("data-status"));
        var names = cut.FindAll(".room-member-name");
        Assert.Equal(["Guest 1", "<img src=x onerror=alert(1)>Ana"], names.Select(n => n.TextContent));
        Assert.Empty(cut.FindAll("#room-presence img"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Ana", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("(you)", cut.Find("li[data-me=true] .room-member-you").TextContent);

        cut.Find("li[data-me=false] .room-follow").Click();
        Assert.Equal(b.Link.MemberId, a.Link.FollowingMemberId);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find(".room-unfollow")));
    }

    [Fact]
    public async Task A_closed_room_shows_the_banner_with_its_time_and_the_link_to_its_last_plan()
    {
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Plan.Example with { EnergyKeV = 19 });
        var a = await h.JoinAsync(id);
        await using var ctx = MudContext.Create();
        var cut = ctx.Render<RoomBar>(p => p.Add(x => x.Link, a.Link));
        Assert.NotNull(cut.Find("#room-close"));

        var closed = await h.Rooms.CloseAsync(id);
        await RoomHarness.UntilAsync(() => a.Link.Status == DfxrmViz.Web.Services.Rooms.RoomLinkStatus.Closed, "the page sees the room closed");
        cut.WaitForAssertion(() => Assert.Equal("closed", cut.Find("#room").GetAttribute("data-status")));
        var banner = cut.Find("#room-status").TextContent;
        Assert.Contains($"This room was closed on {DfxrmViz.Storage.Rooms.RoomNames.ClosedTime(closed!.ClosedUtc!.Value)}. Its last plan is shown read-only", banner, StringComparison.Ordinal);
        Assert.Contains("Open as a new plan", banner, StringComparison.Ordinal);
        var href = cut.Find("#room-open-as-new").GetAttribute("href")!;
        Assert.StartsWith("/?plan=", href, StringComparison.Ordinal);
        Assert.Equal(19, PlanAddress.Decode(System.Web.HttpUtility.ParseQueryString(href[2..])["plan"]!).EnergyKeV);
        Assert.Empty(cut.FindAll("#room-close"));
        Assert.Empty(cut.FindAll("#room-my-name"));
    }
}
