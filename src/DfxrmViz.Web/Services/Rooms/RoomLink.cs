using System.Collections.Immutable;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Services.Rooms;

/// <summary>The page's side of a live room: joins the room into the page's <see cref="PlanSession"/>, publishes every plan
/// the session accepts (the plan is the unit) and opens every plan the others publish without publishing it again. A
/// camera-only change goes out as a camera message (throttled) for those who follow; a received plan keeps my own
/// camera. Everything that touches the session runs through <c>dispatch</c> (the circuit's InvokeAsync).</summary>
public sealed partial class RoomLink : IAsyncDisposable
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
    // The newest plan this link opened from the room (on joining, or another member's change): not mine to warn about.
    private Plan? _received;
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

    /// <summary>When the room was closed (status <see cref="RoomLinkStatus.Closed"/>); null otherwise.</summary>
    public DateTimeOffset? ClosedUtc { get; private set; }

    /// <summary>The closed room's last plan (what the page shows read-only); null unless closed.</summary>
    public Plan? LastPlan { get; private set; }

    /// <summary>My member id in the room (null until joined).</summary>
    public string? MemberId => _room?.MemberId;

    /// <summary>My display name.</summary>
    public string? DisplayName => _room?.DisplayName;

    /// <summary>Who is in the room, in join order.</summary>
    public ImmutableArray<RoomMember> Members => _room?.Members ?? [];

    /// <summary>The member whose camera mine follows, or null.</summary>
    public string? FollowingMemberId { get; private set; }

    /// <summary>Whether a change of mine is still on its way: an edit the link has not taken yet, or one being sent (or
    /// waiting to be) and not yet reconciled with the room.</summary>
    public bool IsSending => !ReferenceEquals(_session.Plan, _handled) || !_plans.WhenIdleAsync().IsCompleted;

    /// <summary>The room version this page has applied (−1 before joining).</summary>
    public long Version => _room?.Current.Version ?? -1;

    /// <summary>Raised (on the dispatcher) when anything shown by the room bar changed.</summary>
    public event Action? Changed;

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

    /// <summary>Closes the room for everyone (the room bar's "Close room", after its confirm dialog).</summary>
    public async Task CloseRoomAsync()
    {
        try
        {
            if (await _rooms.CloseAsync(RoomId, _stop.Token) is { ClosedUtc: { } at } last)
            {
                await _dispatch(() => ShowClosed(at, last.PlanJson));
            }
        }
        catch (Exception e) when (e is RoomUnavailableException or PlanStoreUnavailableException)
        {
            await _dispatch(() =>
            {
                Warning = "The room was not closed: " + e.Message;
                Changed?.Invoke();
            });
        }
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
            case RoomPlanChanged when Status == RoomLinkStatus.Closed:
                // Read before my session heard the close that this page already shows (I closed it): the last plan stands.
                break;
            case RoomPlanChanged p when p.Version < _room!.Current.Version:
                // A newer version arrived between reading this one and now: a change read after it (its own event opens it
                // next) or my own change, ordered after it by the room (its Reconcile shows it, maybe already did). Opening
                // this older plan now would leave this page on a plan the room has replaced while everyone else moves on:
                // every member shows the highest version it knows, the room's order, whatever the order of its steps here.
                break;
            case RoomPlanChanged p:
                try
                {
                    OpenInSession(PlanJson.Read(p.PlanJson), keepMyCamera: true);
                    _received = _handled;
                }
                catch (InputException ex)
                {
                    _log.LogWarning(ex, "Room {RoomId}: version {Version} is not a readable plan", RoomId, p.Version);
                }
                break;
            case RoomPresenceChanged p:
                OnPresence(p.Members);
                break;
            case RoomClosed c:
                ShowClosed(c.ClosedUtc, c.PlanJson);
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

    /// <summary>Shows the room as closed at <paramref name="closedUtc"/>: its last plan (<paramref name="lastPlanJson"/>, as
    /// stored) read-only. My own change still on its way is refused by the room (<see cref="RoomClosedException"/>) and
    /// the warning says so; another member's change the close superseded (published in the instant of closing, on
    /// another instance) gives way to the last plan without a warning: it was not mine.</summary>
    private void ShowClosed(DateTimeOffset closedUtc, string lastPlanJson)
    {
        if (Status == RoomLinkStatus.Closed)
        {
            return;
        }
        FollowingMemberId = null;
        ClosedUtc = closedUtc;
        LastPlan = ReadLastPlan(lastPlanJson);
        Status = RoomLinkStatus.Closed;
        Message = ClosedMessage(closedUtc);
        if (!RoomCamera.SameButCamera(_session.Plan, LastPlan))
        {
            if (_received is not null && RoomCamera.SameButCamera(_session.Plan, _received))
            {
                OpenInSession(LastPlan, keepMyCamera: true);
            }
            else
            {
                // My edit had not reached the room when it closed.
                RefuseEdit(LastPlan);
                return;
            }
        }
        Changed?.Invoke();
    }

    /// <summary>The last plan of a close message (the stored plan, but the message came through Redis: it is checked).</summary>
    private Plan ReadLastPlan(string json)
    {
        try
        {
            return PlanJson.Read(json);
        }
        catch (InputException e)
        {
            _log.LogWarning(e, "Room {RoomId}: the last plan of the close is not readable; the page keeps its plan", RoomId);
            return _session.Plan;
        }
    }

    /// <summary>The banner text of a closed room (docs/api.md "Closed rooms").</summary>
    public static string ClosedMessage(DateTimeOffset closedUtc) =>
        $"This room was closed on {RoomNames.ClosedTime(closedUtc)}. Its last plan is shown read-only";

    private void RefuseEdit(Plan last)
    {
        Warning = $"Your change was not applied: this room was closed on {RoomNames.ClosedTime(ClosedUtc!.Value)} and its last plan is read-only. Open it as a new plan to change it.";
        OpenInSession(last, keepMyCamera: true);
        Changed?.Invoke();
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
        if (Status == RoomLinkStatus.Closed && !ReferenceEquals(plan, _handled) && LastPlan is { } last
            && !(_handled is not null && RoomCamera.SameButCamera(plan, _handled)))
        {
            // A change to a closed room (inputs are disabled, so only a change already on its way): refused, and said so.
            RefuseEdit(last);
            return;
        }
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
}
