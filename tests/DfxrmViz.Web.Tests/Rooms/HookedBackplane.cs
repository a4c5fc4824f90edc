using System.Collections.Immutable;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>A backplane (in memory underneath) that lets a test act at one exact step of this instance's traffic: just
/// before it subscribes to a room, just after a member is added, or around the close announcement. That replays what
/// another instance can do in that instant (publish a change, close the room) the same way every run.</summary>
internal sealed class HookedBackplane : IRoomBackplane
{
    public InMemoryRoomBackplane Inner { get; } = new();

    /// <summary>Runs once, before the next subscription to a room.</summary>
    public Func<Task>? BeforeSubscribe { get; set; }

    /// <summary>Runs once, after the next member was added (and before the join returns).</summary>
    public Func<Task>? AfterJoin { get; set; }

    /// <summary>Runs in place of the next close announcement; it is given that announcement to run when it chooses.</summary>
    public Func<Func<Task>, Task>? AroundClose { get; set; }

    public async Task<IAsyncDisposable> SubscribeAsync(string roomId, Func<RoomEvent, Task> onEvent)
    {
        await Take(() => BeforeSubscribe, v => BeforeSubscribe = v)();
        return await Inner.SubscribeAsync(roomId, onEvent);
    }

    public async Task<RoomMember?> JoinAsync(string roomId, string memberId, int maxMembers)
    {
        var member = await Inner.JoinAsync(roomId, memberId, maxMembers);
        await Take(() => AfterJoin, v => AfterJoin = v)();
        return member;
    }

    public Task PublishClosedAsync(string roomId, DateTimeOffset closedUtc, long version, string planJson)
    {
        var around = AroundClose;
        AroundClose = null;
        Task Announce() => Inner.PublishClosedAsync(roomId, closedUtc, version, planJson);
        return around is null ? Announce() : around(Announce);
    }

    public Task<RoomSnapshot> SeedAsync(string roomId, RoomSnapshot stored) => Inner.SeedAsync(roomId, stored);

    public Task<RoomSnapshot?> CurrentAsync(string roomId) => Inner.CurrentAsync(roomId);

    public Task<ImmutableArray<RoomMember>> MembersAsync(string roomId) => Inner.MembersAsync(roomId);

    public Task RenameAsync(string roomId, string memberId, string displayName) => Inner.RenameAsync(roomId, memberId, displayName);

    public Task LeaveAsync(string roomId, string memberId) => Inner.LeaveAsync(roomId, memberId);

    public Task<long> PublishPlanAsync(string roomId, string memberId, string planJson, long floorVersion) =>
        Inner.PublishPlanAsync(roomId, memberId, planJson, floorVersion);

    public Task PublishCameraAsync(string roomId, string memberId, string cameraJson) => Inner.PublishCameraAsync(roomId, memberId, cameraJson);

    public ValueTask DisposeAsync() => Inner.DisposeAsync();

    private static Func<Task> Take(Func<Func<Task>?> get, Action<Func<Task>?> set)
    {
        var hook = get();
        set(null);
        return hook ?? (() => Task.CompletedTask);
    }
}
