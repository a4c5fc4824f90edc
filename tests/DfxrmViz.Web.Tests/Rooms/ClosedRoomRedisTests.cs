using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Services.Rooms;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>Closed rooms across two app instances sharing rooms through a real Redis (./test.sh starts it and sets
/// DFXRMVIZ_TEST_REDIS; filter "Service!=Redis" leaves it out): a page on instance A closes the room, a page on
/// instance B sees it read-only at once and its edit is refused.</summary>
[Trait("Service", "Redis")]
public class ClosedRoomRedisTests
{
    private static string Redis => Environment.GetEnvironmentVariable("DFXRMVIZ_TEST_REDIS") is { Length: > 0 } r
        ? r
        : throw new InvalidOperationException("DFXRMVIZ_TEST_REDIS is not set: this test needs the real Redis that ./test.sh starts (or filter Service!=Redis).");

    [Fact]
    public async Task A_room_closed_on_one_instance_is_read_only_on_the_other_and_refuses_its_edits()
    {
        var prefix = $"test:{PublicId.New()}:";
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        var options = new RoomOptions();
        await using var a = await RoomHarness.StartAsync(options: options,
            backplane: new RedisRoomBackplane(redisA, options, TimeProvider.System, NullLogger<RedisRoomBackplane>.Instance, prefix));
        await using var b = await RoomHarness.StartAsync(a.Directory, options,
            new RedisRoomBackplane(redisB, options, TimeProvider.System, NullLogger<RedisRoomBackplane>.Instance, prefix));
        var id = await a.CreateRoomAsync(Plan.Example with { EnergyKeV = 17 });
        var pageA = await a.JoinAsync(id);
        var pageB = await b.JoinAsync(id);
        await pageA.EditAsync(p => p with { EnergyKeV = 21 });
        await RoomHarness.UntilAsync(() => pageB.Plan.EnergyKeV == 21 && !pageA.Link.IsSending, "B sees A's edit");

        await pageA.Link.CloseRoomAsync();
        await RoomHarness.UntilAsync(() => pageB.Link.Status == RoomLinkStatus.Closed, "B (other instance) sees the room closed");
        Assert.Equal(pageA.Link.ClosedUtc, pageB.Link.ClosedUtc);
        await pageB.EditAsync(p => p with { EnergyKeV = 30 });
        await RoomHarness.UntilAsync(() => pageB.Link.Warning is not null, "B is told its edit was refused");
        Assert.Equal(21, pageB.Plan.EnergyKeV);
        var room = await b.Rooms.CurrentAsync(id);
        Assert.Equal((21.0, pageB.Link.ClosedUtc), (PlanJson.Read(room!.PlanJson).EnergyKeV, room.ClosedUtc));
        await Assert.ThrowsAsync<RoomClosedException>(() => b.Rooms.PublishAsync(id, PlanJson.Write(Plan.Example)));
    }
}
