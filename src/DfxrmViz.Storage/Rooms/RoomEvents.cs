using System.Collections.Immutable;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Something that happened in a live room, as delivered to its members.</summary>
public abstract record RoomEvent(string RoomId);

/// <summary>A member changed the room's plan: the whole plan JSON at room version <paramref name="Version"/>
/// (versions rise by one per change; a member applies a change only when it is newer than what it shows).</summary>
public sealed record RoomPlanChanged(string RoomId, string MemberId, long Version, string PlanJson) : RoomEvent(RoomId);

/// <summary>Who is in the room now, in the order they joined.</summary>
public sealed record RoomPresenceChanged(string RoomId, ImmutableArray<RoomMember> Members) : RoomEvent(RoomId);

/// <summary>A member's camera (viewer JSON), for the others to "follow".</summary>
public sealed record RoomCameraMoved(string RoomId, string MemberId, string CameraJson) : RoomEvent(RoomId);

/// <summary>The room was closed at <paramref name="ClosedUtc"/>: its last plan, as stored once closed, is
/// <paramref name="PlanJson"/> at <paramref name="Version"/>, read-only from now on. It wins over any change a member
/// shows: one published in the instant of closing (on another instance) reached the live channel, but not the store.</summary>
public sealed record RoomClosed(string RoomId, DateTimeOffset ClosedUtc, long Version, string PlanJson) : RoomEvent(RoomId);

/// <summary>One member: its id, its display name ("Guest N" until it picks one) and N, its place in the join order.</summary>
public sealed record RoomMember(string MemberId, string DisplayName, long GuestNumber);

/// <summary>A room's live plan and version; <paramref name="ClosedUtc"/> when the room is closed (its last plan, read-only).</summary>
public sealed record RoomSnapshot(string PlanJson, long Version, DateTimeOffset? ClosedUtc = null);
