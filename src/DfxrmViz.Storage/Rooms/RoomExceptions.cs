namespace DfxrmViz.Storage.Rooms;

/// <summary>No room has this id (or the id is malformed).</summary>
public sealed class RoomNotFoundException : Exception
{
    public RoomNotFoundException() : this("There is no live room at this address.") { }

    public RoomNotFoundException(string message) : base(message) { }

    public RoomNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>The room has as many members as it admits.</summary>
public sealed class RoomFullException : Exception
{
    public RoomFullException() : this("The room is full.") { }

    public RoomFullException(string message) : base(message) { }

    public RoomFullException(string message, Exception innerException) : base(message, innerException) { }

    public RoomFullException(int maxMembers) : this($"The room is full: it admits {maxMembers} members. Open the plan on its own instead.") { }
}

/// <summary>The room service that links instances (Redis) cannot be reached: the change was not shared.</summary>
public sealed class RoomUnavailableException : Exception
{
    public RoomUnavailableException() : this("Live rooms are not available right now.") { }

    public RoomUnavailableException(string message) : base(message) { }

    public RoomUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>The room was closed: its last plan is read-only and a change to it is refused (HTTP 409).</summary>
public sealed class RoomClosedException : Exception
{
    public RoomClosedException() : this("This room is closed: its last plan is read-only. Open it as a new plan to change it.") { }

    public RoomClosedException(string message) : base(message) { }

    public RoomClosedException(string message, Exception innerException) : base(message, innerException) { }

    public RoomClosedException(DateTimeOffset closedUtc)
        : this($"This room was closed on {RoomNames.ClosedTime(closedUtc)}: its last plan is read-only. Open it as a new plan to change it.") =>
        ClosedUtc = closedUtc;

    /// <summary>When the room was closed, when known.</summary>
    public DateTimeOffset? ClosedUtc { get; }
}
