using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Web.Storage;

/// <summary>Every <see cref="RoomOptions.IdleCheckInterval"/>, closes the rooms whose plan has not changed for
/// <see cref="RoomOptions.IdleCloseAfter"/> and that have no member (docs/api.md "Closed rooms"). Several instances may
/// sweep at once: closing a closed room keeps its first time, so the sweeps agree.</summary>
internal sealed class RoomIdleCloser(RoomService rooms, TimeProvider time, ILogger<RoomIdleCloser> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(rooms.Options.IdleCheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var closed = await rooms.CloseIdleAsync(time.GetUtcNow(), stoppingToken);
                    if (closed.Count > 0)
                    {
                        log.LogInformation("Closed {Count} idle rooms (unchanged for {IdleCloseAfter} and empty)", closed.Count, rooms.Options.IdleCloseAfter);
                    }
                }
                catch (Exception e) when (e is PlanStoreUnavailableException or RoomUnavailableException)
                {
                    log.LogWarning(e, "Idle rooms were not closed this time: storage not available");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
