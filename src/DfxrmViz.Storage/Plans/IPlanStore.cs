namespace DfxrmViz.Storage.Plans;

/// <summary>Saved plans and the stored state of live rooms (docs/api.md "Saved plans, live rooms, exports"). Holds plan
/// JSON text as given (the caller normalises it); ids are made here and are unguessable (<see cref="PublicId"/>).
/// Every method throws <see cref="PlanStoreUnavailableException"/> when the database cannot be reached and
/// <see cref="PlanTooLargeException"/> for plan text over the configured limit.</summary>
public interface IPlanStore
{
    /// <summary>Which database this is, for logs and the README ("SQLite /data/plans.db", "PostgreSQL host:port/db").</summary>
    string Description { get; }

    /// <summary>Creates or migrates the schema; idempotent and safe when several instances start at once. Every other
    /// method calls it first, so an instance that started while the database was down recovers by itself.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores an immutable plan under a new id: saving the same text again makes another id.</summary>
    Task<string> SavePlanAsync(string planJson, CancellationToken cancellationToken = default);

    /// <summary>The saved plan, or null for an unknown or malformed id.</summary>
    Task<StoredPlan?> GetPlanAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a live room holding <paramref name="planJson"/> at version 0 and returns its id.</summary>
    Task<string> CreateRoomAsync(string planJson, CancellationToken cancellationToken = default);

    /// <summary>The room's last stored plan and version, or null for an unknown or malformed id.</summary>
    Task<StoredRoom?> GetRoomAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores the room's plan at <paramref name="version"/> when that is newer than the stored one (writes that
    /// arrive late, from another instance, never step a room back). False when the room is unknown or already newer.</summary>
    Task<bool> UpdateRoomAsync(string id, string planJson, long version, CancellationToken cancellationToken = default);

    /// <summary>Closes the room: stores <paramref name="planJson"/> at <paramref name="version"/> first when given and newer,
    /// then the closed time (only the first close sets it). After this <see cref="UpdateRoomAsync"/> refuses every write.
    /// Returns the room as stored once closed (its last plan, version and first closed time: a write that landed between
    /// the two steps may have made another plan the last one), or null for an unknown or malformed id.</summary>
    Task<StoredRoom?> CloseRoomAsync(string id, string? planJson, long version, CancellationToken cancellationToken = default);

    /// <summary>Ids of the open rooms whose stored plan has not changed since <paramref name="unchangedSince"/>, oldest first.</summary>
    Task<IReadOnlyList<string>> IdleRoomsAsync(DateTimeOffset unchangedSince, CancellationToken cancellationToken = default);
}

/// <summary>A saved plan: its JSON text and when it was saved (UTC, millisecond precision).</summary>
public sealed record StoredPlan(string PlanJson, DateTimeOffset CreatedUtc);

/// <summary>A room's stored state: the plan at <paramref name="Version"/> (0 = as created), when it was last written, and
/// when it was closed (null while live; a closed room's plan is its last plan, read-only).</summary>
public sealed record StoredRoom(string PlanJson, long Version, DateTimeOffset CreatedUtc, DateTimeOffset UpdatedUtc, DateTimeOffset? ClosedUtc = null);
