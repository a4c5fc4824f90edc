using System.Collections.Immutable;

namespace DfxrmViz.Storage.Rooms;

/// <summary>The members of one room on this instance and its subscription to the backplane. The member list is an
/// immutable array replaced on change (one reference, read atomically), so events are delivered without a lock.</summary>
internal sealed class LocalRoom
{
    private ImmutableArray<RoomSession> _sessions = [];

    public ImmutableArray<RoomSession> Sessions => _sessions;

    public IAsyncDisposable? Subscription { get; set; }

    /// <summary>When the room was closed, once this instance has heard it.</summary>
    public DateTimeOffset? ClosedUtc { get; set; }

    public void Add(RoomSession session) => ImmutableInterlocked.Update(ref _sessions, s => s.Add(session));

    public void Remove(RoomSession session) => ImmutableInterlocked.Update(ref _sessions, s => s.Remove(session));
}
