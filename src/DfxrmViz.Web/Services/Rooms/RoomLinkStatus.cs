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

    /// <summary>The room was closed (<see cref="RoomLink.ClosedUtc"/>): its last plan is shown read-only, inputs disabled.</summary>
    Closed,

    /// <summary>No room has this id: the example plan is shown.</summary>
    Missing,

    /// <summary>The room could not be read at all (storage down): the example plan is shown.</summary>
    Unavailable,
}
