using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace DfxrmViz.Storage.Tests.Rooms;

/// <summary>The live-room suite across two instances sharing a real Redis (the throw-away server of ./test.sh): each
/// instance has its own connection, as two app processes would. Keys get a prefix of their own per test.</summary>
[Trait(TestServices.Trait, "Redis")]
public sealed class RedisRoomTests(ITestOutputHelper output) : RoomServiceContract(output)
{
    private string _prefix = NewPrefix();

    protected override async Task<(IRoomBackplane A, IRoomBackplane B)> CreateBackplanesAsync(TimeProvider time, bool freshLiveState)
    {
        if (freshLiveState)
        {
            _prefix = NewPrefix();
        }
        return (await Instance(time), await Instance(time));
    }

    [Fact]
    public async Task Members_of_an_instance_that_died_drop_out_of_presence_and_free_their_place()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var options = new RoomOptions { MaxMembers = 1 };
        var (a, b) = await ServicesAsync(options, time);
        var room = await a.CreateAsync(RoomTestKit.Plan(0));
        // Instance "dead" has a member and then loses Redis without leaving (the process was killed).
        var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        var deadBackplane = new RedisRoomBackplane(redis, options, time, NullLogger<RedisRoomBackplane>.Instance, _prefix);
        var dead = new RoomService(Store, deadBackplane, options, time, NullLogger<RoomService>.Instance);
        _ = await dead.JoinAsync(room);
        await redis.CloseAsync(allowCommandsToComplete: false);

        await Assert.ThrowsAsync<RoomFullException>(() => b.JoinAsync(room));
        time.Advance(options.PresenceTimeout + TimeSpan.FromSeconds(1));
        await using var carol = await b.JoinAsync(room);
        Assert.Equal(["Guest 2"], carol.Members.Select(m => m.DisplayName));
        await deadBackplane.DisposeAsync();
        redis.Dispose();
    }

    private async Task<IRoomBackplane> Instance(TimeProvider time)
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        var backplane = new RedisRoomBackplane(redis, new RoomOptions(), time, NullLogger<RedisRoomBackplane>.Instance, _prefix);
        Own(redis);
        Own(backplane);
        return backplane;
    }

    private static string NewPrefix() => $"test:{PublicId.New()}:";
}
