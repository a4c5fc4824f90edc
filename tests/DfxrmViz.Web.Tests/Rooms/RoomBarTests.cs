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
}
