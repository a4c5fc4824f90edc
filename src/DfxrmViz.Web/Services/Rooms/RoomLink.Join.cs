using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Services.Rooms;

/// <summary>Joining and leaving a room, and the pages shown when it cannot be joined.</summary>
public sealed partial class RoomLink
{
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
            _received = _handled;
            if (room.ClosedUtc is { } closed)
            {
                // A visitor of a closed room (not a member: nobody sees this page in the room).
                ShowClosed(closed, room.Current.PlanJson);
                _session.Changed += OnSessionChanged;
                return;
            }
            Status = RoomLinkStatus.Live;
            _session.Changed += OnSessionChanged;
            Changed?.Invoke();
        });
        _reading = Task.Run(ReadEventsAsync);
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
}
