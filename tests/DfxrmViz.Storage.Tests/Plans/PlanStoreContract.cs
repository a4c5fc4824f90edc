using DfxrmViz.Storage.Plans;
using Microsoft.Extensions.Time.Testing;

namespace DfxrmViz.Storage.Tests.Plans;

/// <summary>The one test suite every plan store passes (run once per store by the derived classes). Each test gets a
/// database of its own that no store has touched yet.</summary>
public abstract class PlanStoreContract : IAsyncLifetime
{
    /// <summary>A plan as the page writes it: non-ASCII text (Å, µ, ⟂, Greek) and a multi-line CIF with quotes.</summary>
    protected const string SamplePlan =
        """{"version":1,"crystal":{"cif":"data_x\n_cell_length_a 5.4309(1)\n_chemical_name_common 'α-quartz ⟂ Å µm'\n;\nmulti-line \"text\"\n;\n"},"energyKeV":17.5,"sampleUm":{"height":5000,"width":5000,"thickness":150}}""";

    private readonly List<IPlanStore> _opened = [];

    /// <summary>A clock with sub-millisecond ticks, so the millisecond cut of stored times is tested too.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567));

    /// <summary>A new store instance over this test's database (a second call = the app restarted).</summary>
    protected abstract IPlanStore CreateStore(PlanStoreOptions options);

    /// <summary>A store whose database cannot be reached.</summary>
    protected abstract IPlanStore CreateUnreachableStore();

    /// <summary>The rows of schema_version in this test's database.</summary>
    protected abstract Task<IReadOnlyList<int>> SchemaVersionsAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened.OfType<IAsyncDisposable>())
        {
            await store.DisposeAsync();
        }
    }

    protected IPlanStore Open(PlanStoreOptions? options = null)
    {
        var store = CreateStore(options ?? new PlanStoreOptions());
        _opened.Add(store);
        return store;
    }

    [Fact]
    public async Task A_saved_plan_reads_back_character_for_character_with_its_time_in_whole_milliseconds()
    {
        var store = Open();
        var id = await store.SavePlanAsync(SamplePlan);
        var saved = await store.GetPlanAsync(id);
        Assert.NotNull(saved);
        Assert.Equal(SamplePlan, saved.PlanJson);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 30, 15, 123, TimeSpan.Zero), saved.CreatedUtc);
        Assert.Equal(TimeSpan.Zero, saved.CreatedUtc.Offset);
    }

    [Fact]
    public async Task Saving_the_same_plan_again_makes_a_new_id_and_leaves_the_first_unchanged()
    {
        var store = Open();
        var first = await store.SavePlanAsync(SamplePlan);
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await store.SavePlanAsync(SamplePlan);
        Assert.NotEqual(first, second);
        Assert.Equal((await store.GetPlanAsync(first))!.CreatedUtc.AddMinutes(5), (await store.GetPlanAsync(second))!.CreatedUtc);
        Assert.Equal(SamplePlan, (await store.GetPlanAsync(first))!.PlanJson);
    }

    [Fact]
    public async Task Ids_are_distinct_well_formed_and_carry_at_least_96_random_bits()
    {
        var store = Open();
        var ids = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(await store.SavePlanAsync($$"""{"version":1,"crystal":{"builtin":"Si"},"energyKeV":{{10 + i}}}"""));
            ids.Add(await store.CreateRoomAsync(SamplePlan));
        }
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(PublicId.IsWellFormed(id), id));
        Assert.True(PublicId.RandomBytes * 8 >= 96);
    }

    [Theory]
    [InlineData("")]
    [InlineData("' OR '1'='1' --")]
    [InlineData("../../../etc/passwd")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAA AAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_or_malformed_id_is_not_found(string id)
    {
        var store = Open();
        await store.SavePlanAsync(SamplePlan);
        Assert.Null(await store.GetPlanAsync(id));
        Assert.Null(await store.GetRoomAsync(id));
        Assert.False(await store.UpdateRoomAsync(id, SamplePlan, 1));
    }

    [Fact]
    public async Task A_plan_over_the_limit_is_refused_with_both_sizes_and_one_at_the_limit_is_kept()
    {
        var store = Open(new PlanStoreOptions { MaxPlanBytes = 1000 });
        // "µ" is two bytes of UTF-8: the limit counts bytes, not characters.
        var atLimit = "\"" + new string('µ', 499) + "\"";
        var over = "\"" + new string('µ', 500) + "\"";
        var id = await store.SavePlanAsync(atLimit);
        Assert.Equal(atLimit, (await store.GetPlanAsync(id))!.PlanJson);
        var e = await Assert.ThrowsAsync<PlanTooLargeException>(() => store.SavePlanAsync(over));
        Assert.Equal((1002L, 1000L), (e.SizeBytes, e.MaxBytes));
        Assert.Contains("1002 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1000 bytes", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PlanTooLargeException>(() => store.CreateRoomAsync(over));
        var room = await store.CreateRoomAsync(atLimit);
        await Assert.ThrowsAsync<PlanTooLargeException>(() => store.UpdateRoomAsync(room, over, 1));
    }

    [Fact]
    public async Task A_room_starts_at_version_0_and_its_stored_plan_only_moves_forward()
    {
        var store = Open();
        var room = await store.CreateRoomAsync(SamplePlan);
        var created = await store.GetRoomAsync(room);
        Assert.Equal((SamplePlan, 0L), (created!.PlanJson, created.Version));
        Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await store.UpdateRoomAsync(room, "{\"v\":3}", 3));
        Assert.False(await store.UpdateRoomAsync(room, "{\"v\":2}", 2));
        Assert.False(await store.UpdateRoomAsync(room, "{\"v\":3b}", 3));
        var now = await store.GetRoomAsync(room);
        Assert.Equal(("{\"v\":3}", 3L), (now!.PlanJson, now.Version));
        Assert.Equal(created.CreatedUtc, now.CreatedUtc);
        Assert.Equal(created.CreatedUtc.AddSeconds(2), now.UpdatedUtc);
        Assert.False(await store.UpdateRoomAsync(PublicId.New(), "{}", 1));
    }

    [Fact]
    public async Task A_new_store_instance_over_the_same_database_finds_every_plan_and_room()
    {
        var before = Open();
        var plan = await before.SavePlanAsync(SamplePlan);
        var room = await before.CreateRoomAsync("{}");
        await before.UpdateRoomAsync(room, SamplePlan, 7);
        var after = Open();
        Assert.Equal(SamplePlan, (await after.GetPlanAsync(plan))!.PlanJson);
        Assert.Equal((SamplePlan, 7L), ((await after.GetRoomAsync(room))!.PlanJson, (await after.GetRoomAsync(room))!.Version));
    }

    [Fact]
    public async Task The_schema_is_created_once_when_several_instances_start_together_and_again_finds_nothing_to_do()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Open()).ToList();
        await Task.WhenAll(instances.Select(s => s.EnsureSchemaAsync()));
        await Open().EnsureSchemaAsync();
        Assert.Equal([1, 2], await SchemaVersionsAsync());
        Assert.NotNull(await instances[3].GetPlanAsync(await instances[0].SavePlanAsync(SamplePlan)));
    }

    [Fact]
    public async Task Closing_a_room_keeps_the_newer_live_plan_stores_the_first_close_time_and_refuses_every_later_write()
    {
        var store = Open();
        var room = await store.CreateRoomAsync(SamplePlan);
        Assert.Null((await store.GetRoomAsync(room))!.ClosedUtc);
        Time.Advance(TimeSpan.FromMinutes(3));
        var closed = await store.CloseRoomAsync(room, "{\"v\":4}", 4);
        var expected = new DateTimeOffset(2026, 11, 25, 9, 33, 15, 123, TimeSpan.Zero);
        Assert.Equal(("{\"v\":4}", 4L, (DateTimeOffset?)expected), (closed!.PlanJson, closed.Version, closed.ClosedUtc));
        Assert.False(await store.UpdateRoomAsync(room, "{\"v\":5}", 5));
        Time.Advance(TimeSpan.FromMinutes(1));
        var again = await store.CloseRoomAsync(room, "{\"v\":6}", 6);
        Assert.Equal(("{\"v\":4}", 4L, (DateTimeOffset?)expected), (again!.PlanJson, again.Version, again.ClosedUtc));
        var after = await Open().GetRoomAsync(room);
        Assert.Equal(("{\"v\":4}", 4L, (DateTimeOffset?)expected), (after!.PlanJson, after.Version, after.ClosedUtc));
        Assert.Null(await store.CloseRoomAsync(PublicId.New(), null, 0));
        Assert.Null(await store.CloseRoomAsync("../x", null, 0));
    }

    [Fact]
    public async Task Idle_rooms_are_the_open_ones_unchanged_since_the_given_time()
    {
        var store = Open();
        var old = await store.CreateRoomAsync(SamplePlan);
        var oldClosed = await store.CreateRoomAsync(SamplePlan);
        await store.CloseRoomAsync(oldClosed, null, 0);
        var touched = await store.CreateRoomAsync(SamplePlan);
        Time.Advance(TimeSpan.FromHours(2));
        await store.UpdateRoomAsync(touched, SamplePlan, 1);
        var fresh = await store.CreateRoomAsync(SamplePlan);
        var idle = await store.IdleRoomsAsync(Time.GetUtcNow() - TimeSpan.FromHours(1));
        Assert.Contains(old, idle);
        Assert.DoesNotContain(oldClosed, idle);
        Assert.DoesNotContain(touched, idle);
        Assert.DoesNotContain(fresh, idle);
    }

    [Fact]
    public async Task Concurrent_saves_all_land_under_their_own_ids()
    {
        var store = Open();
        var plans = Enumerable.Range(0, 64).Select(i => $$"""{"version":1,"crystal":{"builtin":"Si"},"energyKeV":{{i}}}""").ToList();
        var ids = await Task.WhenAll(plans.Select(p => store.SavePlanAsync(p)));
        for (var i = 0; i < plans.Count; i++)
        {
            Assert.Equal(plans[i], (await store.GetPlanAsync(ids[i]))!.PlanJson);
        }
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_reported_as_unavailable_never_as_not_found()
    {
        var store = CreateUnreachableStore();
        _opened.Add(store);
        var save = await Assert.ThrowsAsync<PlanStoreUnavailableException>(() => store.SavePlanAsync(SamplePlan));
        Assert.Contains("could not be reached, so nothing was saved", save.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PlanStoreUnavailableException>(() => store.GetPlanAsync(PublicId.New()));
        await Assert.ThrowsAsync<PlanStoreUnavailableException>(() => store.CreateRoomAsync(SamplePlan));
    }
}
