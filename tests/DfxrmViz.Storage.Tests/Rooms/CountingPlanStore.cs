using System.Collections.Concurrent;
using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Storage.Tests.Rooms;

/// <summary>A plan store that records every room write (version) it is asked for, and lets a test wait for the next one.</summary>
public sealed class CountingPlanStore(IPlanStore inner) : IPlanStore
{
    private readonly SemaphoreSlim _written = new(0);

    public ConcurrentQueue<long> RoomWrites { get; } = new();

    public string Description => inner.Description;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => inner.EnsureSchemaAsync(cancellationToken);

    public Task<string> SavePlanAsync(string planJson, CancellationToken cancellationToken = default) => inner.SavePlanAsync(planJson, cancellationToken);

    public Task<StoredPlan?> GetPlanAsync(string id, CancellationToken cancellationToken = default) => inner.GetPlanAsync(id, cancellationToken);

    public Task<string> CreateRoomAsync(string planJson, CancellationToken cancellationToken = default) => inner.CreateRoomAsync(planJson, cancellationToken);

    public Task<StoredRoom?> GetRoomAsync(string id, CancellationToken cancellationToken = default) => inner.GetRoomAsync(id, cancellationToken);

    public async Task<bool> UpdateRoomAsync(string id, string planJson, long version, CancellationToken cancellationToken = default)
    {
        var stored = await inner.UpdateRoomAsync(id, planJson, version, cancellationToken);
        RoomWrites.Enqueue(version);
        _written.Release();
        return stored;
    }

    public Task<StoredRoom?> CloseRoomAsync(string id, string? planJson, long version, CancellationToken cancellationToken = default) =>
        inner.CloseRoomAsync(id, planJson, version, cancellationToken);

    public Task<IReadOnlyList<string>> IdleRoomsAsync(DateTimeOffset unchangedSince, CancellationToken cancellationToken = default) =>
        inner.IdleRoomsAsync(unchangedSince, cancellationToken);

    /// <summary>Waits for the next room write (hang guard only).</summary>
    public async Task NextWriteAsync()
    {
        if (!await _written.WaitAsync(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("No room write arrived.");
        }
    }
}
