using DfxrmViz.Storage.Plans;
using Microsoft.Data.Sqlite;

namespace DfxrmViz.Storage.Tests.Plans;

/// <summary>The plan-store suite on the embedded SQLite store, plus what only SQLite has: the data directory created on
/// first use and the write-ahead log with full sync (sqlite.org/pragma.html).</summary>
public sealed class SqlitePlanStoreTests : PlanStoreContract
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "dfxrmviz-sqlite-" + Guid.NewGuid().ToString("N"));

    private string DataDirectory => Path.Combine(_directory, "not", "there", "yet");

    protected override IPlanStore CreateStore(PlanStoreOptions options) =>
        PlanStores.Create(null, DataDirectory, options, Time);

    protected override IPlanStore CreateUnreachableStore()
    {
        // A data directory below a regular file cannot be created.
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "a-file");
        File.WriteAllText(file, "");
        return PlanStores.Create(null, Path.Combine(file, "data"), new PlanStoreOptions(), Time);
    }

    protected override async Task<IReadOnlyList<int>> SchemaVersionsAsync()
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, PlanStores.SqliteFileName)};Pooling=False");
        await c.OpenAsync();
        var command = c.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        var versions = new List<int>();
        await using var r = await command.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            versions.Add(r.GetInt32(0));
        }
        return versions;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_database_file_is_created_in_the_data_directory_on_first_use_in_wal_mode_with_full_sync()
    {
        Assert.False(Directory.Exists(DataDirectory));
        var store = (SqlitePlanStore)Open();
        await store.SavePlanAsync(SamplePlan);
        Assert.Equal(Path.Combine(DataDirectory, "plans.db"), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        await using var c = await store.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal("wal", await Scalar(c, "PRAGMA journal_mode"));
        // 2 = FULL: the WAL is synced at every commit, so an acknowledged save is on disk.
        Assert.Equal(2L, await Scalar(c, "PRAGMA synchronous"));
    }

    [Fact]
    public void A_sqlite_connection_string_names_the_file_relative_to_the_data_directory()
    {
        var store = (SqlitePlanStore)PlanStores.Create("Data Source=elsewhere.db", DataDirectory, new PlanStoreOptions(), Time);
        Assert.Equal(Path.Combine(DataDirectory, "elsewhere.db"), store.DatabasePath);
        Assert.StartsWith("SQLite ", store.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_of_neither_kind_is_refused_with_both_forms_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PlanStores.Create("Uid=x;Pwd=y", DataDirectory, new PlanStoreOptions(), Time));
        Assert.Contains("Host=", e.Message, StringComparison.Ordinal);
        Assert.Contains("Data Source=", e.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> Scalar(System.Data.Common.DbConnection c, string sql)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_database_of_schema_version_1_is_migrated_and_its_rooms_open_live()
    {
        // As a build before closed rooms left it: schema step 1 only, one room.
        Directory.CreateDirectory(DataDirectory);
        await using (var c = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, PlanStores.SqliteFileName)};Pooling=False"))
        {
            await c.OpenAsync();
            var command = c.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_utc TEXT NOT NULL);
                CREATE TABLE plans (id TEXT NOT NULL PRIMARY KEY, plan_json TEXT NOT NULL, created_utc TEXT NOT NULL);
                CREATE TABLE rooms (id TEXT NOT NULL PRIMARY KEY, plan_json TEXT NOT NULL, version INTEGER NOT NULL,
                                    created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
                INSERT INTO schema_version VALUES (1, '2026-11-01 00:00:00+00:00');
                INSERT INTO rooms VALUES ('AAAAAAAAAAAAAAAAAAAB', '{"v":3}', 3, '2026-11-01 00:00:00+00:00', '2026-11-01 00:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }
        var store = Open();
        var room = await store.GetRoomAsync("AAAAAAAAAAAAAAAAAAAB");
        Assert.Equal(("{\"v\":3}", 3L, (DateTimeOffset?)null), (room!.PlanJson, room.Version, room.ClosedUtc));
        Assert.Equal([1, 2], await SchemaVersionsAsync());
        Assert.NotNull(await store.CloseRoomAsync("AAAAAAAAAAAAAAAAAAAB", null, 0));
    }
}
