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
    /// every member on every instance is told, with that last plan. Closing a closed room keeps the first time. Returns
    /// the last plan, its version and the closed time; null for an unknown room.</summary>
    public async Task<RoomSnapshot?> CloseAsync(string roomId, CancellationToken cancellationToken = default)
    {
        if (await _store.GetRoomAsync(roomId, cancellationToken) is not { } stored)
        {
            return null;
        }
        var live = stored.ClosedUtc is null ? await _backplane.CurrentAsync(roomId) : null;
        // A change published after the live plan was read is live-only: the store refuses it once closed, and the close
        // message tells every member the plan the store kept, so they drop that change (RoomSession.Apply).
        if (await _store.CloseRoomAsync(roomId, live?.PlanJson, live?.Version ?? 0, cancellationToken) is not { ClosedUtc: { } at } last)
        {
            return null;
        }
        _log.LogInformation("Room {RoomId} closed at {ClosedUtc:O} at version {Version}", roomId, at, last.Version);
        await _backplane.PublishClosedAsync(roomId, at, last.Version, last.PlanJson);
        return new RoomSnapshot(last.PlanJson, last.Version, at);
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

    /// <summary>Joins the room as a new member "Guest N". A closed room is only visited: the session holds its last plan,
    /// read-only, and nobody is told (no member is added, no presence announced). Throws <see cref="RoomNotFoundException"/>,
    /// <see cref="RoomFullException"/>, <see cref="RoomUnavailableException"/> or <see cref="PlanStoreUnavailableException"/>.</summary>
    public async Task<RoomSession> JoinAsync(string roomId, CancellationToken cancellationToken = default)
    {
        var stored = await _store.GetRoomAsync(roomId, cancellationToken) ?? throw new RoomNotFoundException();
        if (stored.ClosedUtc is not null)
        {
            return Visit(roomId, stored);
        }
        await _membership.WaitAsync(cancellationToken);
        try
        {
            var room = await OpenLocalAsync(roomId);
            RoomSession? session = null;
            try
            {
                // Read again now that this instance hears the room: a close from here on reaches this member (below or
                // through the subscription); one before it is seen here, and the room is only visited.
                stored = await _store.GetRoomAsync(roomId, cancellationToken) ?? throw new RoomNotFoundException();
                if (stored.ClosedUtc is not null)
                {
                    await CloseLocalIfEmptyAsync(roomId, room);
                    return Visit(roomId, stored);
                }
                var me = await _backplane.JoinAsync(roomId, PublicId.New(), _options.MaxMembers) ?? throw new RoomFullException(_options.MaxMembers);
                session = new RoomSession(this, roomId, me, _options.EventQueueLength);
                // In the room before the live plan is read: no change published after that read can be missed.
                room.Add(session);
                session.Start(await _backplane.SeedAsync(roomId, new RoomSnapshot(stored.PlanJson, stored.Version)), await _backplane.MembersAsync(roomId));
                if (room.Closed is { } closed)
                {
                    // Heard here before this member was in the room's list: the member would not get it otherwise.
                    session.Deliver(closed);
                }
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

    /// <summary>A session of a closed room that is not a member: its last plan, no events, every change refused.</summary>
    private RoomSession Visit(string roomId, StoredRoom stored)
    {
        var visitor = new RoomSession(this, roomId, new RoomMember(PublicId.New(), "", 0), _options.EventQueueLength, isMember: false);
        visitor.Start(new RoomSnapshot(stored.PlanJson, stored.Version, stored.ClosedUtc), []);
        return visitor;
    }

    /// <summary>Completes when the room has no store write pending or running on this instance.</summary>
    internal Task WhenWritesIdleAsync(string roomId) => _writer.WhenIdleAsync(roomId);

    internal async Task<long> PublishPlanAsync(RoomSession session, string planJson)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        PlanTooLargeException.ThrowIfOver(planJson, _options.MaxPlanBytes);
        if ((session.ClosedUtc ?? (_rooms.TryGetValue(session.RoomId, out var local) ? local.Closed?.ClosedUtc : null)) is { } closed)
        {
            throw new RoomClosedException(closed);
        }
        var version = await _backplane.PublishPlanAsync(session.RoomId, session.MemberId, planJson, session.Current.Version);
        if (!session.Apply(new RoomPlanChanged(session.RoomId, session.MemberId, version, planJson)) && session.ClosedUtc is { } meanwhile)
        {
            // The room closed while this change was on its way: the store refuses it and the close's last plan stands.
            throw new RoomClosedException(meanwhile);
        }
        _writer.Schedule(session.RoomId, planJson, version);
        return version;
    }

    internal async Task RenameAsync(RoomSession session, string? displayName)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        ThrowIfVisitor(session);
        var name = RoomNames.Clean(displayName, _options.MaxDisplayNameLength) ?? RoomNames.Guest(session.GuestNumber);
        await _backplane.RenameAsync(session.RoomId, session.MemberId, name);
        session.DisplayName = name;
    }

    internal Task PublishCameraAsync(RoomSession session, string cameraJson)
    {
        ObjectDisposedException.ThrowIf(session.HasLeft, session);
        ThrowIfVisitor(session);
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
        if (!session.MarkLeft() || !session.IsMember)
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

    /// <summary>A visitor of a closed room has no name or camera in it: nobody would hear them.</summary>
    private static void ThrowIfVisitor(RoomSession session)
    {
        if (!session.IsMember)
        {
            throw new RoomClosedException(session.ClosedUtc!.Value);
        }
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
                room.MarkClosed(c);
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
