using System.Collections.Immutable;

namespace DfxrmViz.Storage.Rooms;

/// <summary>What every instance serving a room must agree on: the live plan and its version, the members, and the
/// fan-out of events. <see cref="InMemoryRoomBackplane"/> for one instance; <see cref="RedisRoomBackplane"/> shares
/// rooms between instances through Redis pub/sub. <see cref="RoomService"/> holds everything else once.</summary>
public interface IRoomBackplane : IAsyncDisposable
{
    /// <summary>Delivers every event of the room, including those this instance published, to <paramref name="onEvent"/>
    /// one at a time, until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync(string roomId, Func<RoomEvent, Task> onEvent);

    /// <summary>Makes the stored plan the live one unless the live one is as new or newer; returns the live one.</summary>
    Task<RoomSnapshot> SeedAsync(string roomId, RoomSnapshot stored);

    /// <summary>The live plan, or null when no instance has the room open.</summary>
    Task<RoomSnapshot?> CurrentAsync(string roomId);

    /// <summary>Adds a member named "Guest N" (N counts the room's joins) and announces the presence; null when the room
    /// already has <paramref name="maxMembers"/>.</summary>
    Task<RoomMember?> JoinAsync(string roomId, string memberId, int maxMembers);

    /// <summary>The members, in join order.</summary>
    Task<ImmutableArray<RoomMember>> MembersAsync(string roomId);

    /// <summary>Sets a member's display name and announces the presence.</summary>
    Task RenameAsync(string roomId, string memberId, string displayName);

    /// <summary>Removes a member and announces the presence.</summary>
    Task LeaveAsync(string roomId, string memberId);

    /// <summary>Makes <paramref name="planJson"/> the live plan at the next version (at least <paramref name="floorVersion"/> + 1),
    /// announces it and returns that version.</summary>
    Task<long> PublishPlanAsync(string roomId, string memberId, string planJson, long floorVersion);

    /// <summary>Announces to every member on every instance that the room was closed at <paramref name="closedUtc"/>, with
    /// its last plan as stored (<paramref name="planJson"/> at <paramref name="version"/>).</summary>
    Task PublishClosedAsync(string roomId, DateTimeOffset closedUtc, long version, string planJson);

    /// <summary>Announces a member's camera.</summary>
    Task PublishCameraAsync(string roomId, string memberId, string cameraJson);
}
