using DfxrmViz.Core.Planning;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Services.Rooms;

/// <summary>Sending my changes and camera to the room (off the circuit's thread, newest only).</summary>
public sealed partial class RoomLink
{
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
        catch (RoomClosedException)
        {
            await _dispatch(() =>
            {
                // When my session has not heard the close yet, its close event comes next and refuses the edit then.
                if (_room!.ClosedUtc is { } at)
                {
                    ShowClosed(at, _room.Current.PlanJson);
                }
                if (Status == RoomLinkStatus.Closed && LastPlan is { } last)
                {
                    RefuseEdit(last);
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // Left the room while the change was on its way.
        }
    }

    /// <summary>After my change became room version <paramref name="version"/>: when nothing newer exists and nothing of mine
    /// waits, the room holds my plan, so the page must too (a change of another member may have been opened meanwhile).
    /// An edit of mine the link has not taken yet (its turn is still queued behind this call on the circuit) is taken
    /// first: a newer plan goes out next, so the page keeps it instead of falling back to the one it replaced.</summary>
    private void Reconcile(Plan published, long version)
    {
        if (Status != RoomLinkStatus.Live)
        {
            // The room closed while my change was on its way: the close's last plan stands, and ShowClosed said whether
            // my change is in it (its warning stays).
            OnLocalEdit();
            return;
        }
        if (Warning is not null)
        {
            Warning = null;
            Changed?.Invoke();
        }
        OnLocalEdit();
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
