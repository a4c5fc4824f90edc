using System.Diagnostics;
using System.Globalization;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static DfxrmViz.Storage.Tests.Rooms.RoomTestKit;

namespace DfxrmViz.Storage.Tests.Rooms;

/// <summary>The live-room suite, run once per backplane. "Instance A" and "instance B" are two app instances over one
/// plan store (SQLite in a temp directory); with the in-memory backplane they are the same instance.</summary>
public abstract class RoomServiceContract(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dfxrmviz-rooms-" + Guid.NewGuid().ToString("N"));
    private readonly List<IAsyncDisposable> _owned = [];

    protected CountingPlanStore Store { get; private set; } = null!;

    /// <summary>The backplanes of instance A and B; <paramref name="freshLiveState"/>: as after a restart of everything
    /// but the plan store (a new Redis, or a new process).</summary>
    protected abstract Task<(IRoomBackplane A, IRoomBackplane B)> CreateBackplanesAsync(TimeProvider time, bool freshLiveState);

    public Task InitializeAsync()
    {
        Store = new CountingPlanStore(PlanStores.Create(null, _directory, new PlanStoreOptions(), TimeProvider.System));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected void Own(IAsyncDisposable resource) => _owned.Add(resource);

    protected async Task<(RoomService A, RoomService B)> ServicesAsync(RoomOptions? options = null, TimeProvider? time = null, bool freshLiveState = false)
    {
        time ??= TimeProvider.System;
        var (a, b) = await CreateBackplanesAsync(time, freshLiveState);
        var serviceA = new RoomService(Store, a, options ?? new RoomOptions(), time, NullLogger<RoomService>.Instance);
        Own(serviceA);
        if (ReferenceEquals(a, b))
        {
            return (serviceA, serviceA);
        }
        var serviceB = new RoomService(Store, b, options ?? new RoomOptions(), time, NullLogger<RoomService>.Instance);
        Own(serviceB);
        return (serviceA, serviceB);
    }

    [Fact]
    public async Task Two_members_see_each_others_plan_changes_names_and_cameras_but_not_their_own_echo()
    {
        var (a, b) = await ServicesAsync();
        var room = await a.CreateAsync(Plan(17));
        await using var alice = await a.JoinAsync(room);
        await using var bob = await b.JoinAsync(room);
        Assert.Equal((Plan(17), 0L), (alice.Current.PlanJson, alice.Current.Version));
        Assert.Equal(("Guest 1", "Guest 2"), (alice.DisplayName, bob.DisplayName));
        var aliceSaw = new List<RoomEvent>();
        await alice.MembersAsync(aliceSaw, "Guest 1", "Guest 2");
        await bob.MembersAsync(null, "Guest 1", "Guest 2");

        // '|' separates the fields of a Redis message: a plan that contains it must arrive whole.
        var piped = """{"version":1,"crystal":{"cif":"data_a|b\n_x 'p|q'"}}""";
        var clock = Stopwatch.StartNew();
        var version = await alice.PublishPlanAsync(piped);
        var change = await bob.NextAsync<RoomPlanChanged>();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{GetType().Name}: one change, publish to receipt by the other member: {clock.Elapsed.TotalMilliseconds:F2} ms"));
        Assert.Equal((alice.MemberId, 1L, piped), (change.MemberId, change.Version, change.PlanJson));
        Assert.Equal((1L, piped), (version, bob.Current.PlanJson));

        // Hostile text stays text: only white space and control characters are cleaned (issue 15 "Hostile text").
        await bob.RenameAsync("  Bob\t⟂\u202E <img src=x onerror=alert(1)>  ");
        await alice.MembersAsync(aliceSaw, "Guest 1", "Bob ⟂ <img src=x onerror=alert(1)>");
        Assert.Equal("Bob ⟂ <img src=x onerror=alert(1)>", bob.DisplayName);
        const string Camera = """{"position":[1,2,3],"target":[0,0,0],"label":"a|b"}""";
        await bob.PublishCameraAsync(Camera);
        var camera = await alice.NextAsync<RoomCameraMoved>(null, aliceSaw);
        Assert.Equal((bob.MemberId, Camera), (camera.MemberId, camera.CameraJson));
        await Assert.ThrowsAsync<ArgumentException>(() => bob.PublishCameraAsync("[1,2]"));
        await Assert.ThrowsAsync<ArgumentException>(() => bob.PublishCameraAsync("{not json"));
        Assert.DoesNotContain(aliceSaw, e => e is RoomPlanChanged p && p.MemberId == alice.MemberId);
    }

    [Fact]
    public async Task Latency_of_a_change_between_two_members_is_measured_over_50_changes()
    {
        var (a, b) = await ServicesAsync(new RoomOptions { WriteInterval = TimeSpan.FromHours(1) });
        var room = await a.CreateAsync(Plan(0));
        await using var alice = await a.JoinAsync(room);
        await using var bob = await b.JoinAsync(room);
        var ms = new List<double>();
        for (var i = 1; i <= 50; i++)
        {
            var clock = Stopwatch.StartNew();
            await alice.PublishPlanAsync(Plan(i));
            var change = await bob.NextAsync<RoomPlanChanged>();
            ms.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(Plan(i), change.PlanJson);
        }
        ms.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{GetType().Name}: 50 changes, publish to receipt: median {ms[25]:F2} ms, p95 {ms[47]:F2} ms, max {ms[^1]:F2} ms"));
        Assert.Equal((50L, Plan(50)), (bob.Current.Version, bob.Current.PlanJson));
    }

    [Fact]
    public async Task A_member_who_joins_later_starts_from_the_live_plan_before_it_is_stored()
    {
        var (a, b) = await ServicesAsync(new RoomOptions { WriteInterval = TimeSpan.FromHours(1) });
        var room = await a.CreateAsync(Plan(0));
        await using var alice = await a.JoinAsync(room);
        for (var i = 1; i <= 3; i++)
        {
            await alice.PublishPlanAsync(Plan(i));
        }
        await using var carol = await b.JoinAsync(room);
        Assert.Equal((Plan(3), 3L), (carol.Current.PlanJson, carol.Current.Version));
        Assert.Equal(new RoomSnapshot(Plan(3), 3), await b.CurrentAsync(room));
        Assert.Empty(Store.RoomWrites);
    }

    [Fact]
    public async Task Changes_made_at_the_same_time_get_distinct_versions_and_every_member_ends_on_the_newest()
    {
        var (a, b) = await ServicesAsync(new RoomOptions { WriteInterval = TimeSpan.FromHours(1) });
        var room = await a.CreateAsync(Plan(0));
        await using var alice = await a.JoinAsync(room);
        await using var bob = await b.JoinAsync(room);
        var versions = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => (i % 2 == 0 ? alice : bob).PublishPlanAsync(Plan(i))));
        Assert.Equal(Enumerable.Range(1, 20).Select(v => (long)v), versions.Order());
        await alice.ReachAsync(20);
        await bob.ReachAsync(20);
        Assert.Equal(alice.Current, bob.Current);
        Assert.Equal(alice.Current, await a.CurrentAsync(room));
    }

    [Fact]
    public async Task A_full_room_refuses_the_next_member_and_the_number_of_a_member_who_left_is_not_reused()
    {
        var (a, b) = await ServicesAsync(new RoomOptions { MaxMembers = 2 });
        var room = await a.CreateAsync(Plan(0));
        await using var alice = await a.JoinAsync(room);
        var bob = await b.JoinAsync(room);
        var full = await Assert.ThrowsAsync<RoomFullException>(() => a.JoinAsync(room));
        Assert.Contains("admits 2 members", full.Message, StringComparison.Ordinal);
        await bob.DisposeAsync();
        await using var carol = await b.JoinAsync(room);
        Assert.Equal("Guest 3", carol.DisplayName);
        await alice.MembersAsync(null, "Guest 1", "Guest 3");
    }

    [Fact]
    public async Task Closing_a_room_tells_every_member_keeps_the_last_live_plan_and_refuses_later_changes()
    {
        var (a, b) = await ServicesAsync();
        var room = await a.CreateAsync(Plan(17));
        await using var alice = await a.JoinAsync(room);
        await using var bob = await b.JoinAsync(room);
        await alice.PublishPlanAsync(Plan(18));
        await bob.ReachAsync(1);

        var last = await a.CloseAsync(room);
        var closed = last!.ClosedUtc;
        Assert.Equal((Plan(18), 1L), (last.PlanJson, last.Version));
        var heard = await bob.NextAsync<RoomClosed>();
        Assert.Equal((closed!.Value, 1L, Plan(18)), (heard.ClosedUtc, heard.Version, heard.PlanJson));
        Assert.Equal(closed, bob.ClosedUtc);
        var refused = await Assert.ThrowsAsync<RoomClosedException>(() => bob.PublishPlanAsync(Plan(19)));
        Assert.Contains("closed on " + RoomNames.ClosedTime(closed.Value), refused.Message, StringComparison.Ordinal);

        var current = await b.CurrentAsync(room);
        Assert.Equal((Plan(18), 1L, closed), (current!.PlanJson, current.Version, current.ClosedUtc));
        Assert.Equal(last, await b.CloseAsync(room));
        await using var late = await b.JoinAsync(room);
        Assert.Equal((Plan(18), closed), (late.Current.PlanJson, late.ClosedUtc));
        await Assert.ThrowsAsync<RoomClosedException>(() => late.PublishPlanAsync(Plan(20)));
        Assert.Null(await a.CloseAsync(PublicId.New()));
    }

    [Fact]
    public async Task A_visitor_of_a_closed_room_gets_its_last_plan_and_nobody_hears_of_it()
    {
        var (a, b) = await ServicesAsync();
        var room = await a.CreateAsync(Plan(17));
        await using var alice = await a.JoinAsync(room);
        var bob = await b.JoinAsync(room);
        await alice.MembersAsync(null, "Guest 1", "Guest 2");
        // '|' separates the fields of a Redis message: the last plan the close message carries must arrive whole.
        var piped = """{"version":1,"crystal":{"cif":"data_a|b\n_x 'p|q'"}}""";
        await alice.PublishPlanAsync(piped);
        await a.CloseAsync(room);
        var heard = await alice.NextAsync<RoomClosed>();
        Assert.Equal((1L, piped), (heard.Version, heard.PlanJson));

        await using var visitor = await b.JoinAsync(room);
        Assert.Equal((piped, 1L, false), (visitor.Current.PlanJson, visitor.Current.Version, visitor.IsMember));
        Assert.Empty(visitor.Members);
        await Assert.ThrowsAsync<RoomClosedException>(() => visitor.RenameAsync("Eve"));
        await Assert.ThrowsAsync<RoomClosedException>(() => visitor.PublishCameraAsync("{}"));
        // Bob leaves while the visitor is there: the next presence Alice hears is hers alone, the visitor never in it.
        await bob.DisposeAsync();
        var seen = new List<RoomEvent>();
        var presence = await alice.NextAsync<RoomPresenceChanged>(null, seen);
        Assert.Equal(["Guest 1"], presence.Members.Select(m => m.DisplayName));
        Assert.Equal([presence], seen);
    }

    [Fact]
    public async Task An_idle_room_is_closed_only_when_no_member_is_in_it()
    {
        var options = new RoomOptions { IdleCloseAfter = TimeSpan.FromHours(1) };
        var (a, b) = await ServicesAsync(options);
        var room = await a.CreateAsync(Plan(17));
        var busy = await a.CreateAsync(Plan(17));
        await using var member = await b.JoinAsync(busy);
        var later = DateTimeOffset.UtcNow.AddHours(2);
        Assert.Empty(await a.CloseIdleAsync(DateTimeOffset.UtcNow));
        var closed = await a.CloseIdleAsync(later);
        Assert.Contains(room, closed);
        Assert.DoesNotContain(busy, closed);
        Assert.NotNull((await a.CurrentAsync(room))!.ClosedUtc);
        Assert.Null((await a.CurrentAsync(busy))!.ClosedUtc);
    }

    [Fact]
    public async Task An_unknown_or_malformed_room_cannot_be_joined()
    {
        var (a, _) = await ServicesAsync();
        await Assert.ThrowsAsync<RoomNotFoundException>(() => a.JoinAsync(PublicId.New()));
        await Assert.ThrowsAsync<RoomNotFoundException>(() => a.JoinAsync("../../etc/passwd"));
        Assert.Null(await a.CurrentAsync(PublicId.New()));
    }

    [Fact]
    public async Task Changes_are_stored_once_when_the_last_member_leaves_and_the_room_reopens_after_a_restart()
    {
        var options = new RoomOptions { WriteInterval = TimeSpan.FromHours(1) };
        var (a, b) = await ServicesAsync(options);
        var room = await a.CreateAsync(Plan(0));
        var alice = await a.JoinAsync(room);
        var bob = await b.JoinAsync(room);
        for (var i = 1; i <= 5; i++)
        {
            await alice.PublishPlanAsync(Plan(i));
        }
        await bob.ReachAsync(5);
        await alice.DisposeAsync();
        await bob.DisposeAsync();
        Assert.Equal([5L], Store.RoomWrites);
        Assert.Equal((Plan(5), 5L), ((await Store.GetRoomAsync(room))!.PlanJson, (await Store.GetRoomAsync(room))!.Version));

        var (restarted, _) = await ServicesAsync(options, freshLiveState: true);
        await using var dave = await restarted.JoinAsync(room);
        Assert.Equal((Plan(5), 5L), (dave.Current.PlanJson, dave.Current.Version));
        Assert.Equal(6L, await dave.PublishPlanAsync(Plan(6)));
    }

    [Fact]
    public async Task Many_changes_make_at_most_one_store_write_per_interval_with_the_newest_plan()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var (a, _) = await ServicesAsync(new RoomOptions { WriteInterval = TimeSpan.FromMilliseconds(500) }, time);
        var room = await a.CreateAsync(Plan(0));
        var alice = await a.JoinAsync(room);
        for (var i = 1; i <= 10; i++)
        {
            await alice.PublishPlanAsync(Plan(i));
        }
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(Store.RoomWrites);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Store.NextWriteAsync();
        Assert.Equal([10L], Store.RoomWrites);
        await a.WhenWritesIdleAsync(room);

        await alice.PublishPlanAsync(Plan(11));
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal([10L], Store.RoomWrites);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Store.NextWriteAsync();
        await a.WhenWritesIdleAsync(room);

        // The last member leaving writes at once, without waiting for the interval.
        await alice.PublishPlanAsync(Plan(12));
        await alice.DisposeAsync();
        Assert.Equal([10L, 11L, 12L], Store.RoomWrites);
        Assert.Equal(Plan(12), (await Store.GetRoomAsync(room))!.PlanJson);
    }
}
