using System.Collections.Immutable;

namespace DfxrmViz.Storage.Rooms;

/// <summary>The members of one room on this instance and its subscription to the backplane. The member list is an
/// immutable array replaced on change (one reference, read atomically), so events are delivered without a lock.</summary>
internal sealed class LocalRoom
{
    private ImmutableArray<RoomSession> _sessions = [];
    private RoomClosed? _closed;

    public ImmutableArray<RoomSession> Sessions => _sessions;

    public IAsyncDisposable? Subscription { get; set; }

    /// <summary>The room's close, once this instance has heard it (a member who joins after that is given it too).</summary>
    public RoomClosed? Closed => Volatile.Read(ref _closed);

    /// <summary>Keeps the first close heard. A full fence, as <see cref="Add"/> is: whichever of a close and a join comes
    /// second sees the other, so a member who joins while the room closes hears the close either way.</summary>
    public void MarkClosed(RoomClosed closed) => Interlocked.CompareExchange(ref _closed, closed, null);

    public void Add(RoomSession session) => ImmutableInterlocked.Update(ref _sessions, s => s.Add(session));

    public void Remove(RoomSession session) => ImmutableInterlocked.Update(ref _sessions, s => s.Remove(session));
}
