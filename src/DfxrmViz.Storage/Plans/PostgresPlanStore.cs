using System.Data.Common;
using Npgsql;

namespace DfxrmViz.Storage.Plans;

/// <summary>Plans in PostgreSQL (Npgsql), for several app instances sharing one database. The schema is created or
/// migrated at start inside one transaction that holds a transaction-level advisory lock, so instances starting
/// together migrate one after the other and the later ones find nothing to do.</summary>
public sealed class PostgresPlanStore : SqlPlanStore, IAsyncDisposable, IDisposable
{
    /// <summary>Advisory-lock key of the schema migration (any constant; "DfxrmViz" in ASCII, truncated to 63 bits).</summary>
    private const long SchemaLockKey = 0x4466786D56697A;

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE plans (id text NOT NULL PRIMARY KEY, plan_json text NOT NULL, created_utc timestamptz NOT NULL);
        CREATE TABLE rooms (id text NOT NULL PRIMARY KEY, plan_json text NOT NULL, version bigint NOT NULL,
                            created_utc timestamptz NOT NULL, updated_utc timestamptz NOT NULL);
        """,
        // 2: closed rooms (docs/api.md "Closed rooms"): NULL while the room is live.
        "ALTER TABLE rooms ADD COLUMN closed_utc timestamptz NULL;",
    ];

    private readonly NpgsqlDataSource _dataSource;

    public PostgresPlanStore(string connectionString, PlanStoreOptions options, TimeProvider time) : base(options, time)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    protected override IReadOnlyList<string> Migrations => Steps;

    protected override string SchemaVersionTable =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_utc timestamptz NOT NULL)";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", SchemaLockKey)).ExecuteNonQueryAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
