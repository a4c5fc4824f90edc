using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Storage.Tests.Rooms;

/// <summary>Waiting for room events in tests. The time limit only stops a broken test from hanging the run; nothing is
/// asserted about how long anything took.</summary>
internal static class RoomTestKit
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>The first event of type <typeparamref name="T"/> matching <paramref name="match"/>; every event read on
    /// the way is added to <paramref name="seen"/> when given.</summary>
    public static async Task<T> NextAsync<T>(this RoomSession session, Func<T, bool>? match = null, List<RoomEvent>? seen = null)
        where T : RoomEvent
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await foreach (var e in session.ReadEventsAsync(guard.Token))
        {
            seen?.Add(e);
            if (e is T t && (match is null || match(t)))
            {
                return t;
            }
        }
        throw new InvalidOperationException($"Member {session.MemberId} left before the expected {typeof(T).Name} arrived.");
    }

    /// <summary>Reads until the member's view has reached <paramref name="version"/>.</summary>
    public static async Task ReachAsync(this RoomSession session, long version)
    {
        if (session.Current.Version < version)
        {
            await session.NextAsync<RoomPlanChanged>(p => p.Version >= version);
        }
    }

    /// <summary>Reads presence announcements until the member list has exactly these display names, in order.</summary>
    public static Task<RoomPresenceChanged> MembersAsync(this RoomSession session, List<RoomEvent>? seen, params string[] names) =>
        session.Members.Select(m => m.DisplayName).SequenceEqual(names)
            ? Task.FromResult(new RoomPresenceChanged(session.RoomId, session.Members))
            : session.NextAsync<RoomPresenceChanged>(p => p.Members.Select(m => m.DisplayName).SequenceEqual(names), seen);

    public static string Plan(int n) => $$"""{"version":1,"crystal":{"builtin":"Si"},"energyKeV":{{n}}}""";
}
