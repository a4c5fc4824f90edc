using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using DfxrmViz.Storage.Plans;
using Microsoft.Extensions.Logging;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Live rooms on this instance: members join a room from the store, publish plan changes, names and cameras,
/// and receive everyone else's through the <see cref="IRoomBackplane"/> (in memory, or Redis for several instances).
/// The room's plan is written back to the store debounced (<see cref="RoomOptions.WriteInterval"/>) and when the last
/// member here leaves, so a room outlives a restart. Plan JSON is stored as given: callers normalise it first.</summary>
public sealed class RoomService : IAsyncDisposable
{
    private readonly IPlanStore _store;
    private readonly IRoomBackplane _backplane;
    private readonly RoomOptions _options;
    private readonly ILogger _log;
    private readonly RoomPlanWriter _writer;
    private readonly ConcurrentDictionary<string, LocalRoom> _rooms = new();
    // Joins and leaves are human-paced; one gate keeps subscribing and unsubscribing a room simple and correct.
    private readonly SemaphoreSlim _membership = new(1, 1);

    public RoomService(IPlanStore store, IRoomBackplane backplane, RoomOptions options, TimeProvider time, ILogger<RoomService> log)
    {
        _store = store;
        _backplane = backplane;
        _options = options;
        _log = log;
        _writer = new RoomPlanWriter(store, options, time, log);
    }

    public RoomOptions Options => _options;

    /// <summary>Creates a room holding <paramref name="planJson"/> (version 0) and returns its id.</summary>
    public Task<string> CreateAsync(string planJson, CancellationToken cancellationToken = default) =>
        _store.CreateRoomAsync(planJson, cancellationToken);

    /// <summary>The room's plan now (live when any instance has it open, else as stored); null for an unknown room.</summary>
    public async Task<RoomSnapshot?> CurrentAsync(string roomId, CancellationToken cancellationToken = default)
    {
        if (await _store.GetRoomAsync(roomId, cancellationToken) is not { } stored)
        {
            return null;
        }
        if (stored.ClosedUtc is { } closed)
        {
            // A closed room's stored plan is its last plan: the close wrote the live one if it was newer.
            return new RoomSnapshot(stored.PlanJson, stored.Version, closed);
        }
        var live = await _backplane.CurrentAsync(roomId);
        return live is not null && live.Version >= stored.Version ? live : new RoomSnapshot(stored.PlanJson, stored.Version);
    }

    /// <summary>Publishes <paramref name="planJson"/> to the room from outside it (the API): every member sees it and it is
    /// stored like a member's change. Throws <see cref="RoomNotFoundException"/> and <see cref="RoomClosedException"/>.</summary>
    public async Task<RoomSnapshot> PublishAsync(string roomId, string planJson, CancellationToken cancellationToken = default)
    {
        PlanTooLargeException.ThrowIfOver(planJson, _options.MaxPlanBytes);
        var stored = await _store.GetRoomAsync(roomId, cancellationToken) ?? throw new RoomNotFoundException();
        if (stored.ClosedUtc is { } closed)
        {
            throw new RoomClosedException(closed);
        }
        var version = await _backplane.PublishPlanAsync(roomId, ApiMemberId, planJson, stored.Version);
        _writer.Schedule(roomId, planJson, version);
        return new RoomSnapshot(planJson, version);
    }

    /// <summary>The member id of changes published through the API (never a real member's: those are <see cref="PublicId"/>s).</summary>
    public const string ApiMemberId = "api";

    /// <summary>Closes the room: its newest plan (live or stored) is stored as its last plan with the closed time, and
    /// every member on every instance is told. Closing a closed room keeps the first time. Null for an unknown room.</summary>
    public async Task<DateTimeOffset?> CloseAsync(string roomId, CancellationToken cancellationToken = default)
    {
        if (await _store.GetRoomAsync(roomId, cancellationToken) is not { } stored)
        {
            return null;
        }
        var live = stored.ClosedUtc is null ? await _backplane.CurrentAsync(roomId) : null;
        var closed = await _store.CloseRoomAsync(roomId, live?.PlanJson, live?.Version ?? 0, cancellationToken);
        if (closed is { } at)
        {
            _log.LogInformation("Room {RoomId} closed at {ClosedUtc:O}", roomId, at);
            await _backplane.PublishClosedAsync(roomId, at);
        }
        return closed;
    }

    /// <summary>Closes every room whose plan has not changed for <see cref="RoomOptions.IdleCloseAfter"/> and that has
    /// no member on any instance; returns the ids closed.</summary>
    public async Task<IReadOnlyList<string>> CloseIdleAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var closed = new List<string>();
        foreach (var id in await _store.IdleRoomsAsync(now - _options.IdleCloseAfter, cancellationToken))
        {
            if ((await _backplane.MembersAsync(id)).IsEmpty && await CloseAsync(id, cancellationToken) is not null)
            {
                closed.Add(id);
            }
        }
        return closed;
    }

    /// <summary>Joins the room as a new member "Guest N". Throws <see cref="RoomNotFoundException"/>,
    /// <see cref="RoomFullException"/>, <see cref="RoomUnavailableException"/> or <see cref="PlanStoreUnavailableException"/>.</summary>
    public async Task<RoomSession> JoinAsync(string roomId, CancellationToken cancellationToken = default)
    {
        var stored = await _store.GetRoomAsync(roomId, cancellationToken) ?? throw new RoomNotFoundException();
        await _membership.WaitAsync(cancellationToken);
        try
        {
            var room = await OpenLocalAsync(roomId);
            RoomSession? session = null;
            try
            {
                var me = await _backplane.JoinAsync(roomId, PublicId.New(), _options.MaxMembers) ?? throw new RoomFullException(_options.MaxMembers);
                session = new RoomSession(this, roomId, me, _options.EventQueueLength);
                // In the room before the live plan is read: no change published after that read can be missed.
                room.Add(session);
                var live = stored.ClosedUtc is { } closed
                    ? new RoomSnapshot(stored.PlanJson, stored.Version, closed)
                    : await _backplane.SeedAsync(roomId, new RoomSnapshot(stored.PlanJson, stored.Version));
                session.Start(live, await _backplane.MembersAsync(roomId));
                return session;
            }
            catch
            {
                if (session is not null)
                {
                    await LeaveLockedAsync(session);
                }
                await CloseLocalIfEmptyAsync(roomId, room);
                throw;
            }
        }
        finally
        {
            _membership.Release();
        }
    }

    /// <summary>Completes when the room has no store write pending or running on this instance.</summary>
    internal Task WhenWritesIdleAsync(string roomId) => _writer.WhenIdleAsync(roomId);

    internal async Task<long> PublishPlanAsync(RoomSession session, string planJson)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        PlanTooLargeException.ThrowIfOver(planJson, _options.MaxPlanBytes);
        if ((session.ClosedUtc ?? (_rooms.TryGetValue(session.RoomId, out var local) ? local.ClosedUtc : null)) is { } closed)
        {
            throw new RoomClosedException(closed);
        }
        var version = await _backplane.PublishPlanAsync(session.RoomId, session.MemberId, planJson, session.Current.Version);
        session.Apply(new RoomPlanChanged(session.RoomId, session.MemberId, version, planJson));
        _writer.Schedule(session.RoomId, planJson, version);
        return version;
    }

    internal async Task RenameAsync(RoomSession session, string? displayName)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        var name = RoomNames.Clean(displayName, _options.MaxDisplayNameLength) ?? RoomNames.Guest(session.GuestNumber);
        await _backplane.RenameAsync(session.RoomId, session.MemberId, name);
        session.DisplayName = name;
    }

    internal Task PublishCameraAsync(RoomSession session, string cameraJson)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        ArgumentNullException.ThrowIfNull(cameraJson);
        if (Encoding.UTF8.GetByteCount(cameraJson) > _options.MaxCameraBytes)
        {
            throw new ArgumentException($"A camera message is at most {_options.MaxCameraBytes} bytes of JSON.", nameof(cameraJson));
        }
        try
        {
            using var doc = JsonDocument.Parse(cameraJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("A camera message is a JSON object.", nameof(cameraJson));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"A camera message is a JSON object: {e.Message}", nameof(cameraJson), e);
        }
        return _backplane.PublishCameraAsync(session.RoomId, session.MemberId, cameraJson);
    }

    internal async Task LeaveAsync(RoomSession session)
    {
        if (!session.MarkLeft())
        {
            return;
        }
        await _membership.WaitAsync();
        try
        {
            await LeaveLockedAsync(session);
            if (_rooms.TryGetValue(session.RoomId, out var room))
            {
                await CloseLocalIfEmptyAsync(session.RoomId, room);
            }
        }
        finally
        {
            _membership.Release();
        }
    }

    /// <summary>Leaves every room (so other instances see these members go) and stores every pending plan.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var session in _rooms.Values.SelectMany(r => r.Sessions).ToList())
        {
            await session.DisposeAsync();
        }
        await _writer.FlushAllAsync();
        _membership.Dispose();
    }

    private async Task<LocalRoom> OpenLocalAsync(string roomId)
    {
        if (_rooms.TryGetValue(roomId, out var room))
        {
            return room;
        }
        room = new LocalRoom();
        room.Subscription = await _backplane.SubscribeAsync(roomId, e => Deliver(roomId, e));
        _rooms[roomId] = room;
        return room;
    }

    private async Task LeaveLockedAsync(RoomSession session)
    {
        session.MarkLeft();
        if (_rooms.TryGetValue(session.RoomId, out var room))
        {
            room.Remove(session);
        }
        try
        {
            if (room?.Sessions.Length == 0)
            {
                // The last member here: store the room's plan before its live state may be dropped.
                await _writer.FlushAsync(session.RoomId);
            }
            await _backplane.LeaveAsync(session.RoomId, session.MemberId);
        }
        catch (Exception e) when (e is RoomUnavailableException or PlanStoreUnavailableException)
        {
            // Leaving never fails: a member the backplane could not drop times out of presence (RoomOptions.PresenceTimeout).
            _log.LogWarning(e, "Room {RoomId}: member {MemberId} left while a service was down", session.RoomId, session.MemberId);
        }
    }

    private async Task CloseLocalIfEmptyAsync(string roomId, LocalRoom room)
    {
        if (room.Sessions.Length == 0 && _rooms.TryRemove(roomId, out _) && room.Subscription is { } subscription)
        {
            await subscription.DisposeAsync();
        }
    }

    private Task Deliver(string roomId, RoomEvent e)
    {
        if (_rooms.TryGetValue(roomId, out var room))
        {
            if (e is RoomClosed c)
            {
                room.ClosedUtc ??= c.ClosedUtc;
            }
            var from = e switch { RoomPlanChanged p => p.MemberId, RoomCameraMoved m => m.MemberId, _ => null };
            foreach (var session in room.Sessions)
            {
                if (session.MemberId != from)
                {
                    session.Deliver(e);
                }
            }
        }
        return Task.CompletedTask;
    }
}
