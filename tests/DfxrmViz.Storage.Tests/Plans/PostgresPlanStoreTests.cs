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

    private static async Task Admin(string sql)
    {
        await using var c = new NpgsqlConnection(TestServices.Postgres);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
