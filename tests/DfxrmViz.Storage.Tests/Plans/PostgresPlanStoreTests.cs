using System.Net;
using System.Net.Sockets;
using DfxrmViz.Storage.Plans;
using Npgsql;

namespace DfxrmViz.Storage.Tests.Plans;

/// <summary>The plan-store suite on a real PostgreSQL (the throw-away cluster of ./test.sh): every test in a database
/// of its own, created here and dropped afterwards.</summary>
[Trait(TestServices.Trait, "PostgreSQL")]
public sealed class PostgresPlanStoreTests : PlanStoreContract
{
    private readonly string _database = "dfxrmviz_test_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";

    public override async Task InitializeAsync()
    {
        await Admin($"CREATE DATABASE {_database}");
        _connectionString = new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = _database }.ToString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Admin($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    protected override IPlanStore CreateStore(PlanStoreOptions options) =>
        PlanStores.Create(_connectionString, "/nonexistent", options, Time);

    protected override IPlanStore CreateUnreachableStore()
    {
        // A loopback port nothing listens on: the connection is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return PlanStores.Create($"Host=127.0.0.1;Port={port};Username=nobody;Database=none;Timeout=5", "/nonexistent", new PlanStoreOptions(), Time);
    }

    protected override async Task<IReadOnlyList<int>> SchemaVersionsAsync()
    {
        await using var c = new NpgsqlConnection(_connectionString);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", c);
        var versions = new List<int>();
        await using var r = await command.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            versions.Add(r.GetInt32(0));
        }
        return versions;
    }

    [Fact]
    public void A_postgres_connection_string_picks_postgres_and_its_description_has_no_password()
    {
        var store = PlanStores.Create(_connectionString + ";Password=secret", "/nonexistent", new PlanStoreOptions(), Time);
        Assert.IsType<PostgresPlanStore>(store);
        Assert.StartsWith("PostgreSQL ", store.Description, StringComparison.Ordinal);
        Assert.Contains(_database, store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", store.Description, StringComparison.Ordinal);
        ((IDisposable)store).Dispose();
    }

    [Fact]
    public async Task A_database_of_schema_version_1_is_migrated_and_its_rooms_open_live_then_close()
    {
        // As a build before closed rooms left it: schema step 1 only (its statement as that build ran it), one plan, one room.
        await using (var c = new NpgsqlConnection(_connectionString))
        {
            await c.OpenAsync();
            await using var command = new NpgsqlCommand("""
                CREATE TABLE schema_version (version integer NOT NULL PRIMARY KEY, applied_utc timestamptz NOT NULL);
                CREATE TABLE plans (id text NOT NULL PRIMARY KEY, plan_json text NOT NULL, created_utc timestamptz NOT NULL);
                CREATE TABLE rooms (id text NOT NULL PRIMARY KEY, plan_json text NOT NULL, version bigint NOT NULL,
                                    created_utc timestamptz NOT NULL, updated_utc timestamptz NOT NULL);
                INSERT INTO schema_version VALUES (1, '2026-11-01 00:00:00+00');
                INSERT INTO plans VALUES ('AAAAAAAAAAAAAAAAAAAA', '{"v":1}', '2026-11-01 00:00:00+00');
                INSERT INTO rooms VALUES ('AAAAAAAAAAAAAAAAAAAB', '{"v":3}', 3, '2026-11-01 00:00:00+00', '2026-11-02 00:00:00+00');
                """, c);
            await command.ExecuteNonQueryAsync();
        }
        var store = Open();
        var room = await store.GetRoomAsync("AAAAAAAAAAAAAAAAAAAB");
        Assert.Equal(("{\"v\":3}", 3L, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null),
            (room!.PlanJson, room.Version, room.UpdatedUtc, room.ClosedUtc));
        Assert.Equal([1, 2], await SchemaVersionsAsync());
        Assert.Equal("{\"v\":1}", (await store.GetPlanAsync("AAAAAAAAAAAAAAAAAAAA"))!.PlanJson);
        Assert.Contains("AAAAAAAAAAAAAAAAAAAB", await store.IdleRoomsAsync(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero)));

        // Live: a change is stored; closed: the time of the store's clock, and later changes refused.
        Assert.True(await store.UpdateRoomAsync("AAAAAAAAAAAAAAAAAAAB", "{\"v\":4}", 4));
        var closed = (await store.CloseRoomAsync("AAAAAAAAAAAAAAAAAAAB", null, 0))!.ClosedUtc;
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 30, 15, 123, TimeSpan.Zero), closed);
        Assert.False(await store.UpdateRoomAsync("AAAAAAAAAAAAAAAAAAAB", "{\"v\":5}", 5));
        var after = await Open().GetRoomAsync("AAAAAAAAAAAAAAAAAAAB");
        Assert.Equal(("{\"v\":4}", 4L, closed), (after!.PlanJson, after.Version, after.ClosedUtc));
    }

    private static async Task Admin(string sql)
    {
        await using var c = new NpgsqlConnection(TestServices.Postgres);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
