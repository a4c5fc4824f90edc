using DfxrmViz.Storage.Plans;
using Microsoft.Extensions.Logging;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Stores each room's plan after changes, at most once per <see cref="RoomOptions.WriteInterval"/> per room:
/// the first change starts the interval, later ones replace the pending plan, the newest is written when it ends
/// (and at once by <see cref="FlushAsync"/> when the last member leaves). The store keeps only newer versions, so
/// writes from several instances never step a room back.</summary>
internal sealed class RoomPlanWriter(IPlanStore store, RoomOptions options, TimeProvider time, ILogger log)
{
    /// <summary>Wait before retrying a write the store refused because it was down.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Pending> _rooms = [];
    private readonly Lock _lock = new();

    /// <summary>Plans the write of <paramref name="planJson"/> at <paramref name="version"/> (ignored when older than one pending).</summary>
    public void Schedule(string roomId, string planJson, long version)
    {
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roomId, out var p))
            {
                _rooms[roomId] = p = new Pending();
            }
            if (p.PlanJson is not null && p.Version >= version)
            {
                return;
            }
            (p.PlanJson, p.Version) = (planJson, version);
            StartTimer(roomId, p, options.WriteInterval);
        }
    }

    /// <summary>Writes the room's pending plan now, if any.</summary>
    public Task FlushAsync(string roomId) => WriteAsync(roomId);

    /// <summary>Completes when the room has no write pending or running.</summary>
    public Task WhenIdleAsync(string roomId)
    {
        lock (_lock)
        {
            return _rooms.GetValueOrDefault(roomId)?.Idle.Task ?? Task.CompletedTask;
        }
    }

    /// <summary>Writes every pending plan now (at shutdown).</summary>
    public Task FlushAllAsync()
    {
        string[] rooms;
        lock (_lock)
        {
            rooms = [.. _rooms.Keys];
        }
        return Task.WhenAll(rooms.Select(WriteAsync));
    }

    private void StartTimer(string roomId, Pending p, TimeSpan delay)
    {
        if (p.TimerRunning)
        {
            return;
        }
        p.TimerRunning = true;
        _ = WriteLaterAsync(roomId, p, delay);
    }

    private async Task WriteLaterAsync(string roomId, Pending p, TimeSpan delay)
    {
        await Task.Delay(delay, time);
        try
        {
            await WriteAsync(roomId);
        }
#pragma warning disable CA1031 // a background write must not end the process; the error is logged with the room
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "Room {RoomId}: storing the plan failed", roomId);
        }
        lock (_lock)
        {
            p.TimerRunning = false;
            if (p.PlanJson is not null)
            {
                // Changed while this write ran, or the write failed: one more interval.
                StartTimer(roomId, p, p.Failed ? RetryDelay : options.WriteInterval);
            }
            else
            {
                Forget(roomId, p);
            }
        }
    }

    private async Task WriteAsync(string roomId)
    {
        Pending? p;
        string? planJson;
        long version;
        lock (_lock)
        {
            if (!_rooms.TryGetValue(roomId, out p) || p.PlanJson is null)
            {
                return;
            }
            (planJson, version) = (p.PlanJson, p.Version);
            p.PlanJson = null;
        }
        try
        {
            await store.UpdateRoomAsync(roomId, planJson, version);
            lock (_lock)
            {
                p.Failed = false;
                if (p.PlanJson is null && !p.TimerRunning)
                {
                    Forget(roomId, p);
                }
            }
        }
        catch (PlanStoreUnavailableException e)
        {
            log.LogWarning(e, "Room {RoomId}: could not store version {Version}; retrying", roomId, version);
            lock (_lock)
            {
                p.Failed = true;
                if (p.PlanJson is null)
                {
                    (p.PlanJson, p.Version) = (planJson, version);
                }
                StartTimer(roomId, p, RetryDelay);
            }
        }
    }

    private void Forget(string roomId, Pending p)
    {
        if (_rooms.GetValueOrDefault(roomId) == p)
        {
            _rooms.Remove(roomId);
        }
        p.Idle.TrySetResult();
    }

    private sealed class Pending
    {
        public TaskCompletionSource Idle { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string? PlanJson { get; set; }

        public long Version { get; set; }

        public bool TimerRunning { get; set; }

        public bool Failed { get; set; }
    }
}
