namespace DfxrmViz.Storage.Rooms;

/// <summary>Bounds and timings of live rooms (configuration section <c>DfxrmViz:Rooms</c>).</summary>
public sealed record RoomOptions
{
    /// <summary>Members one room admits; the next one is refused with a message (a lecture hall is about 200).</summary>
    public int MaxMembers { get; init; } = 200;

    /// <summary>Largest plan JSON a member may publish, in UTF-8 bytes (the plan store's limit).</summary>
    public long MaxPlanBytes { get; init; } = Plans.PlanStoreOptions.DefaultMaxPlanBytes;

    /// <summary>Least time between two stored writes of one room's plan: changes inside it are merged into one write.</summary>
    public TimeSpan WriteInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest display name, in characters; longer names are cut.</summary>
    public int MaxDisplayNameLength { get; init; } = 40;

    /// <summary>Largest camera message (JSON), in UTF-8 bytes.</summary>
    public int MaxCameraBytes { get; init; } = 4096;

    /// <summary>Events waiting for one member before the oldest are dropped (each plan event carries the whole plan,
    /// so a member that falls behind loses nothing but intermediate states).</summary>
    public int EventQueueLength { get; init; } = 64;

    /// <summary>How often an instance tells Redis that its members are still there (shared rooms only).</summary>
    public TimeSpan PresenceRefresh { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A member not refreshed for this long belongs to an instance that died and is dropped from presence.</summary>
    public TimeSpan PresenceTimeout { get; init; } = TimeSpan.FromSeconds(35);

    /// <summary>How long Redis keeps the live state of a room nobody has touched (the store keeps it for good).</summary>
    public TimeSpan LiveStateLifetime { get; init; } = TimeSpan.FromDays(1);

    /// <summary>A room whose plan has not changed for this long and that has no member is closed (docs/api.md "Closed rooms").</summary>
    public TimeSpan IdleCloseAfter { get; init; } = TimeSpan.FromDays(14);

    /// <summary>How often an instance looks for idle rooms to close.</summary>
    public TimeSpan IdleCheckInterval { get; init; } = TimeSpan.FromMinutes(10);
}
