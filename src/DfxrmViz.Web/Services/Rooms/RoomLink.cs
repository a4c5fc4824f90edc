using System.Collections.Immutable;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Services.Rooms;

/// <summary>What a room page shows of its room.</summary>
public enum RoomLinkStatus
{
    /// <summary>Not joined yet.</summary>
    Joining,

    /// <summary>In the room: changes go both ways.</summary>
    Live,

    /// <summary>The room could not be joined (full, or rooms unavailable): its last plan is shown, nothing is shared.</summary>
    ReadOnly,

    /// <summary>No room has this id: the example plan is shown.</summary>
    Missing,

    /// <summary>The room could not be read at all (storage down): the example plan is shown.</summary>
    Unavailable,
}

/// <summary>The page's side of a live room: joins the room into the page's <see cref="PlanSession"/>, publishes every plan
/// the session accepts (the plan is the unit) and opens every plan the others publish without publishing it again. A
/// camera-only change goes out as a camera message (throttled) for those who follow; a received plan keeps my own
/// camera. Everything that touches the session runs through <c>dispatch</c> (the circuit's InvokeAsync).</summary>
public sealed class RoomLink : IAsyncDisposable
{
    /// <summary>Least time between two camera messages from this page (the viewer already waits for the end of a drag).</summary>
    public static readonly TimeSpan CameraInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest wait, when leaving, for a change still being sent.</summary>
    private static readonly TimeSpan LeaveFlushLimit = TimeSpan.FromSeconds(5);

    private readonly RoomService _rooms;
    private readonly PlanSession _session;
    private readonly Func<Action, Task> _dispatch;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly LatestOnlySender<Outgoing> _plans;
    private readonly LatestOnlySender<string> _cameras;
    private readonly Dictionary<string, CameraState> _lastCameras = [];
    private ImmutableHashSet<string> _seenMembers = [];
    private RoomSession? _room;
    // The newest plan this link put into the session or sent from it; any other plan there is a local edit.
    private volatile Plan? _handled;
    private Task _reading = Task.CompletedTask;

    public RoomLink(string roomId, RoomService rooms, PlanSession session, Func<Action, Task> dispatch, ILogger log, TimeProvider? time = null)
    {
        RoomId = roomId;
        _rooms = rooms;
        _session = session;
        _dispatch = dispatch;
        _log = log;
        _plans = new LatestOnlySender<Outgoing>(PublishPlanAsync, TimeSpan.Zero, time ?? TimeProvider.System);
        _cameras = new LatestOnlySender<string>(PublishCameraAsync, CameraInterval, time ?? TimeProvider.System);
    }

    public string RoomId { get; }

    public RoomLinkStatus Status { get; private set; } = RoomLinkStatus.Joining;

    /// <summary>Why the room is read-only, missing or unavailable; null while joining or live.</summary>
    public string? Message { get; private set; }

    /// <summary>While live: why my last change or name was not shared; null when all went out.</summary>
    public string? Warning { get; private set; }

    /// <summary>My member id in the room (null until joined).</summary>
    public string? MemberId => _room?.MemberId;

    /// <summary>My display name.</summary>
    public string? DisplayName => _room?.DisplayName;

    /// <summary>Who is in the room, in join order.</summary>
    public ImmutableArray<RoomMember> Members => _room?.Members ?? [];

    /// <summary>The member whose camera mine follows, or null.</summary>
    public string? FollowingMemberId { get; private set; }

    /// <summary>The room version this page has applied (−1 before joining).</summary>
    public long Version => _room?.Current.Version ?? -1;

    /// <summary>Raised (on the dispatcher) when anything shown by the room bar changed.</summary>
    public event Action? Changed;

    /// <summary>Joins the room and opens its plan; a room that cannot be joined opens read-only, missing or unavailable.</summary>
    public async Task JoinAsync()
    {
        if (!PublicId.IsWellFormed(RoomId))
        {
            await SetAsync(RoomLinkStatus.Missing, $"This is not a live-room address: room ids are {PublicId.Length} characters of A–Z, a–z, 0–9, '-' and '_'.");
            return;
        }
        try
        {
            _room = await _rooms.JoinAsync(RoomId, _stop.Token);
        }
        catch (RoomNotFoundException)
        {
            await SetAsync(RoomLinkStatus.Missing, "There is no live room at this address (the link may be mistyped).");
            return;
        }
        catch (Exception e) when (e is RoomFullException or RoomUnavailableException)
        {
            await OpenReadOnlyAsync(e.Message);
            return;
        }
        catch (PlanStoreUnavailableException e)
        {
            _log.LogWarning(e, "Room {RoomId}: storage not available", RoomId);
            await SetAsync(RoomLinkStatus.Unavailable, "The room could not be opened: its storage is not available right now. Try again in a moment.");
            return;
        }
        var room = _room;
        await _dispatch(() =>
        {
            _seenMembers = [.. room.Members.Select(m => m.MemberId)];
            OpenInSession(PlanJson.Read(room.Current.PlanJson), keepMyCamera: false);
            Status = RoomLinkStatus.Live;
            _session.Changed += OnSessionChanged;
            Changed?.Invoke();
        });
        _reading = Task.Run(ReadEventsAsync);
    }

    /// <summary>Sets my display name (empty gives back "Guest N").</summary>
    public async Task RenameAsync(string? name)
    {
        if (_room is null)
        {
            return;
        }
        try
        {
            await _room.RenameAsync(name);
            Warning = null;
        }
        catch (RoomUnavailableException e)
        {
            Warning = "Your name was not changed: " + e.Message;
        }
        Changed?.Invoke();
    }

    /// <summary>Puts my camera where <paramref name="memberId"/>'s is, now (if known) and on each of their moves; null stops.</summary>
    public void Follow(string? memberId)
    {
        FollowingMemberId = memberId == MemberId ? null : memberId;
        if (FollowingMemberId is { } id && _lastCameras.TryGetValue(id, out var camera))
        {
            ApplyCamera(camera);
        }
        Changed?.Invoke();
    }

    /// <summary>Leaves the room, after sending a change still on its way (the page closed right after an edit).</summary>
    public async ValueTask DisposeAsync()
    {
        _session.Changed -= OnSessionChanged;
        if (Status == RoomLinkStatus.Live)
        {
            OnLocalEdit();
            // Bounded: a backplane that is down must not hold up closing the page.
            await _plans.WhenIdleAsync().WaitAsync(LeaveFlushLimit).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await _stop.CancelAsync();
        if (_room is not null)
        {
            await _room.DisposeAsync();
        }
        await _reading;
        _stop.Dispose();
    }

    private async Task OpenReadOnlyAsync(string reason)
    {
        try
        {
            if (await _rooms.CurrentAsync(RoomId, _stop.Token) is { } last)
            {
                await _dispatch(() => _session.Open(PlanJson.Read(last.PlanJson)));
                await SetAsync(RoomLinkStatus.ReadOnly, reason + " You see the room's last plan; changes you make here are not shared.");
                return;
            }
            await SetAsync(RoomLinkStatus.Missing, "There is no live room at this address (the link may be mistyped).");
        }
        catch (Exception e) when (e is PlanStoreUnavailableException or RoomUnavailableException or InputException)
        {
            _log.LogWarning(e, "Room {RoomId}: its last plan could not be read", RoomId);
            await SetAsync(RoomLinkStatus.Unavailable, reason + " Its last plan could not be read either; try again in a moment.");
        }
    }

    private Task SetAsync(RoomLinkStatus status, string message) => _dispatch(() =>
    {
        (Status, Message) = (status, message);
        Changed?.Invoke();
    });

    private async Task ReadEventsAsync()
    {
        try
        {
            await foreach (var e in _room!.ReadEventsAsync(_stop.Token))
            {
                await _dispatch(() => Apply(e));
            }
        }
        catch (OperationCanceledException)
        {
            // Left the room.
        }
#pragma warning disable CA1031 // the circuit ended under the loop (InvokeAsync on a disposed renderer): nothing left to show
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogDebug(e, "Room {RoomId}: event loop ended", RoomId);
        }
    }

    private void Apply(RoomEvent e)
    {
        switch (e)
        {
            case RoomPlanChanged p:
                try
                {
                    OpenInSession(PlanJson.Read(p.PlanJson), keepMyCamera: true);
                }
                catch (InputException ex)
                {
                    _log.LogWarning(ex, "Room {RoomId}: version {Version} is not a readable plan", RoomId, p.Version);
                }
                break;
            case RoomPresenceChanged p:
                OnPresence(p.Members);
                break;
            case RoomCameraMoved c when RoomCamera.Read(c.CameraJson) is { } camera:
                _lastCameras[c.MemberId] = camera;
                if (FollowingMemberId == c.MemberId)
                {
                    ApplyCamera(camera);
                }
                break;
        }
    }

    private void OnPresence(ImmutableArray<RoomMember> members)
    {
        var ids = members.Select(m => m.MemberId).ToImmutableHashSet();
        if (FollowingMemberId is { } followed && !ids.Contains(followed))
        {
            FollowingMemberId = null;
        }
        // Someone new may want to follow me: tell them where my camera is.
        if (!ids.IsSubsetOf(_seenMembers) && _session.Plan.View.Camera is { } mine)
        {
            _cameras.Post(RoomCamera.Write(mine));
        }
        _seenMembers = ids;
        Changed?.Invoke();
    }

    private void OpenInSession(Plan plan, bool keepMyCamera)
    {
        if (keepMyCamera)
        {
            plan = plan with { View = plan.View with { Camera = _session.Plan.View.Camera } };
        }
        _handled = plan;
        _session.Open(plan);
    }

    private void ApplyCamera(CameraState camera)
    {
        var plan = _session.Plan;
        if (plan.View.Camera != camera)
        {
            OpenInSession(plan with { View = plan.View with { Camera = camera } }, keepMyCamera: false);
        }
    }

    private void OnSessionChanged()
    {
        // Raised on any thread, also for the background phases of a plan already handled: only a new plan goes on.
        if (!ReferenceEquals(_session.Plan, _handled))
        {
            _ = _dispatch(OnLocalEdit).ContinueWith(t => _log.LogDebug(t.Exception, "Room {RoomId}: edit not handled", RoomId),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private void OnLocalEdit()
    {
        var plan = _session.Plan;
        if (ReferenceEquals(plan, _handled) || Status != RoomLinkStatus.Live)
        {
            return;
        }
        var previous = _handled;
        _handled = plan;
        if (previous is not null && RoomCamera.SameButCamera(plan, previous))
        {
            if (FollowingMemberId is not null)
            {
                // I moved my own camera: I lead it again.
                FollowingMemberId = null;
                Changed?.Invoke();
            }
            if (plan.View.Camera is { } camera)
            {
                _cameras.Post(RoomCamera.Write(camera));
            }
            return;
        }
        _plans.Post(new Outgoing(plan, PlanJson.Write(plan)));
    }

    private async Task PublishPlanAsync(Outgoing o)
    {
        try
        {
            var version = await _room!.PublishPlanAsync(o.Json);
            await _dispatch(() => Reconcile(o.Plan, version));
        }
        catch (Exception e) when (e is RoomUnavailableException or PlanTooLargeException)
        {
            await _dispatch(() =>
            {
                Warning = "Your last change was not shared with the room: " + e.Message;
                Changed?.Invoke();
            });
        }
        catch (ObjectDisposedException)
        {
            // Left the room while the change was on its way.
        }
    }

    /// <summary>After my change became room version <paramref name="version"/>: when nothing newer exists and nothing of mine
    /// waits, the room holds my plan, so the page must too (a change of another member may have been opened meanwhile).</summary>
    private void Reconcile(Plan published, long version)
    {
        if (Warning is not null)
        {
            Warning = null;
            Changed?.Invoke();
        }
        if (!_plans.HasPending && _room!.Current.Version == version && !RoomCamera.SameButCamera(_session.Plan, published))
        {
            OpenInSession(published, keepMyCamera: true);
        }
    }

    private async Task PublishCameraAsync(string json)
    {
        try
        {
            await _room!.PublishCameraAsync(json);
        }
        catch (Exception e) when (e is RoomUnavailableException or ObjectDisposedException or ArgumentException)
        {
            // A camera is a hint for followers; the next move sends a fresh one.
            _log.LogDebug(e, "Room {RoomId}: camera not sent", RoomId);
        }
    }

    private sealed record Outgoing(Plan Plan, string Json);
}
