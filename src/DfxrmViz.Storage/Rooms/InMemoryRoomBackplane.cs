using System.Collections.Immutable;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Rooms of a single instance, held in this process. A room's entry lives while it has members or subscribers;
/// after that its plan is in the store (the room service writes it when the last member leaves).</summary>
public sealed class InMemoryRoomBackplane : IRoomBackplane
{
    private readonly Dictionary<string, Room> _rooms = [];
    private readonly Lock _lock = new();

    public Task<IAsyncDisposable> SubscribeAsync(string roomId, Func<RoomEvent, Task> onEvent)
    {
        lock (_lock)
        {
            Open(roomId).Handlers.Add(onEvent);
        }
        return Task.FromResult<IAsyncDisposable>(new Subscription(this, roomId, onEvent));
    }

    public Task<RoomSnapshot> SeedAsync(string roomId, RoomSnapshot stored)
    {
        lock (_lock)
        {
            var room = Open(roomId);
            if (room.Live is null || room.Live.Version < stored.Version)
            {
                room.Live = stored;
            }
            return Task.FromResult(room.Live);
        }
    }

    public Task<RoomSnapshot?> CurrentAsync(string roomId)
    {
        lock (_lock)
        {
            return Task.FromResult(_rooms.GetValueOrDefault(roomId)?.Live);
        }
    }

    public async Task<RoomMember?> JoinAsync(string roomId, string memberId, int maxMembers)
    {
        RoomMember member;
        lock (_lock)
        {
            var room = Open(roomId);
            if (room.Members.Count >= maxMembers)
            {
                return null;
            }
            member = new RoomMember(memberId, RoomNames.Guest(++room.Joins), room.Joins);
            room.Members[memberId] = member;
        }
        await AnnouncePresence(roomId);
        return member;
    }

    public Task<ImmutableArray<RoomMember>> MembersAsync(string roomId)
    {
        lock (_lock)
        {
            return Task.FromResult(Members(roomId));
        }
    }

    public async Task RenameAsync(string roomId, string memberId, string displayName)
    {
        lock (_lock)
        {
            if (_rooms.GetValueOrDefault(roomId)?.Members is not { } members || !members.TryGetValue(memberId, out var m))
            {
                return;
            }
            members[memberId] = m with { DisplayName = displayName };
        }
        await AnnouncePresence(roomId);
    }

    public async Task LeaveAsync(string roomId, string memberId)
    {
        lock (_lock)
        {
            if (_rooms.GetValueOrDefault(roomId) is not { } room || !room.Members.Remove(memberId))
            {
                return;
            }
            CloseIfIdle(roomId, room);
        }
        await AnnouncePresence(roomId);
    }

    public async Task<long> PublishPlanAsync(string roomId, string memberId, string planJson, long floorVersion)
    {
        long version;
        lock (_lock)
        {
            var room = Open(roomId);
            version = Math.Max(room.Live?.Version ?? 0, floorVersion) + 1;
            room.Live = new RoomSnapshot(planJson, version);
        }
        await Announce(roomId, new RoomPlanChanged(roomId, memberId, version, planJson));
        return version;
    }

    public Task PublishCameraAsync(string roomId, string memberId, string cameraJson) =>
        Announce(roomId, new RoomCameraMoved(roomId, memberId, cameraJson));

    public Task PublishClosedAsync(string roomId, DateTimeOffset closedUtc, long version, string planJson) =>
        Announce(roomId, new RoomClosed(roomId, closedUtc, version, planJson));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task AnnouncePresence(string roomId)
    {
        ImmutableArray<RoomMember> members;
        lock (_lock)
        {
            members = Members(roomId);
        }
        return Announce(roomId, new RoomPresenceChanged(roomId, members));
    }

    private async Task Announce(string roomId, RoomEvent e)
    {
        Func<RoomEvent, Task>[] handlers;
        lock (_lock)
        {
            handlers = [.. _rooms.GetValueOrDefault(roomId)?.Handlers ?? []];
        }
        foreach (var handler in handlers)
        {
            await handler(e);
        }
    }

    private ImmutableArray<RoomMember> Members(string roomId) =>
        _rooms.GetValueOrDefault(roomId) is { } room ? [.. room.Members.Values.OrderBy(m => m.GuestNumber)] : [];

    private Room Open(string roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            _rooms[roomId] = room = new Room();
        }
        return room;
    }

    private void CloseIfIdle(string roomId, Room room)
    {
        if (room.Members.Count == 0 && room.Handlers.Count == 0)
        {
            _rooms.Remove(roomId);
        }
    }

    private sealed class Room
    {
        public RoomSnapshot? Live { get; set; }

        public long Joins { get; set; }

        public Dictionary<string, RoomMember> Members { get; } = [];

        public List<Func<RoomEvent, Task>> Handlers { get; } = [];
    }

    private sealed class Subscription(InMemoryRoomBackplane owner, string roomId, Func<RoomEvent, Task> handler) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            lock (owner._lock)
            {
                if (owner._rooms.GetValueOrDefault(roomId) is { } room && room.Handlers.Remove(handler))
                {
                    owner.CloseIfIdle(roomId, room);
                }
            }
            return ValueTask.CompletedTask;
        }
    }
}
