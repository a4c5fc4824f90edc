using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace DfxrmViz.Storage.Rooms;

/// <summary>One member's place in a live room: what the room looks like to this member (plan, version, members), the
/// events from the others, and the member's own changes, name and camera. Dispose to leave. The session of a closed
/// room's visitor (<see cref="IsMember"/> false) holds its last plan only: no events, no members, every change refused.</summary>
public sealed class RoomSession : IAsyncDisposable
{
    private readonly RoomService _service;
    private readonly Channel<RoomEvent> _events;
    private readonly Lock _lock = new();
    private RoomSnapshot _current = new("{}", -1);
    private ImmutableArray<RoomMember> _members = [];
    private int _left;
    private DateTimeOffset? _closedUtc;

    internal RoomSession(RoomService service, string roomId, RoomMember me, int queueLength, bool isMember = true)
    {
        IsMember = isMember;
        _service = service;
        RoomId = roomId;
        MemberId = me.MemberId;
        GuestNumber = me.GuestNumber;
        DisplayName = me.DisplayName;
        _events = Channel.CreateBounded<RoomEvent>(new BoundedChannelOptions(queueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        if (!isMember)
        {
            // A visitor hears nothing: the room is closed and it is in nobody's list.
            _events.Writer.TryComplete();
        }
    }

    public string RoomId { get; }

    public string MemberId { get; }

    /// <summary>Whether this is a member (in the room's presence); false for a visitor of a closed room.</summary>
    public bool IsMember { get; }

    /// <summary>N of this member's default name "Guest N".</summary>
    public long GuestNumber { get; }

    public string DisplayName { get; internal set; }

    /// <summary>The room's plan and version as this member has applied them.</summary>
    public RoomSnapshot Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>The members as last announced.</summary>
    public ImmutableArray<RoomMember> Members
    {
        get
        {
            lock (_lock)
            {
                return _members;
            }
        }
    }

    /// <summary>When the room was closed (null while it is live): changes are refused from then on.</summary>
    public DateTimeOffset? ClosedUtc
    {
        get
        {
            lock (_lock)
            {
                return _closedUtc;
            }
        }
    }

    internal bool HasLeft => Volatile.Read(ref _left) != 0;

    /// <summary>The other members' changes, presence (everyone's, this member's too) and cameras, as they arrive. A plan
    /// change older than what this member already has (two members changed it at once; the higher version wins
    /// everywhere) is skipped, and so is every plan change after the close. Ends when the member leaves.</summary>
    public async IAsyncEnumerable<RoomEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in _events.Reader.ReadAllAsync(cancellationToken))
        {
            if (Apply(e))
            {
                yield return e;
            }
        }
    }

    /// <summary>Publishes a new plan for everyone; returns the room version it got.</summary>
    public Task<long> PublishPlanAsync(string planJson) => _service.PublishPlanAsync(this, planJson);

    /// <summary>Sets this member's display name (cleaned, cut to the limit; empty gives back "Guest N").</summary>
    public Task RenameAsync(string? displayName) => _service.RenameAsync(this, displayName);

    /// <summary>Publishes this member's camera (a JSON object) for the others to follow.</summary>
    public Task PublishCameraAsync(string cameraJson) => _service.PublishCameraAsync(this, cameraJson);

    public ValueTask DisposeAsync() => new(_service.LeaveAsync(this));

    internal void Start(RoomSnapshot live, ImmutableArray<RoomMember> members)
    {
        lock (_lock)
        {
            _closedUtc ??= live.ClosedUtc;
            _current = live.Version > _current.Version ? live : _current;
            _members = members;
        }
    }

    internal void Deliver(RoomEvent e) => _events.Writer.TryWrite(e);

    internal bool MarkLeft()
    {
        var first = Interlocked.Exchange(ref _left, 1) == 0;
        _events.Writer.TryComplete();
        return first;
    }

    /// <summary>Applies an event to this member's view; false for a plan change that is not newer or comes after the close.</summary>
    internal bool Apply(RoomEvent e)
    {
        lock (_lock)
        {
            switch (e)
            {
                case RoomPlanChanged when _closedUtc is not null:
                    // Published in the instant of closing (on another instance, before it heard the close): the store
                    // refused it, so it is superseded by the last plan the close carried.
                    return false;
                case RoomPlanChanged p when p.Version <= _current.Version:
                    return false;
                case RoomPlanChanged p:
                    _current = new RoomSnapshot(p.PlanJson, p.Version);
                    return true;
                case RoomPresenceChanged p:
                    _members = p.Members;
                    return true;
                case RoomClosed c:
                    _closedUtc ??= c.ClosedUtc;
                    // The stored last plan, even when older than a change applied here just before the close: that
                    // change did not reach the store (docs/api.md "Closed rooms").
                    _current = new RoomSnapshot(c.PlanJson, c.Version, _closedUtc);
                    return true;
                default:
                    return true;
            }
        }
    }
}
