using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DfxrmViz.Storage.Plans;

/// <summary>The embedded default: one SQLite file in the data directory, created on first use. Write-ahead log with
/// <c>synchronous=FULL</c>, so a save acknowledged to the caller is on disk and survives a crash or <c>kill -9</c>
/// (sqlite.org/pragma.html#pragma_synchronous: FULL syncs the WAL at every commit).</summary>
public sealed class SqlitePlanStore : SqlPlanStore
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE plans (id TEXT NOT NULL PRIMARY KEY, plan_json TEXT NOT NULL, created_utc TEXT NOT NULL);
        CREATE TABLE rooms (id TEXT NOT NULL PRIMARY KEY, plan_json TEXT NOT NULL, version INTEGER NOT NULL,
                            created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
        """,
        // 2: closed rooms (docs/api.md "Closed rooms"): NULL while the room is live.
        "ALTER TABLE rooms ADD COLUMN closed_utc TEXT NULL;",
    ];

    private readonly string _connectionString;

    public SqlitePlanStore(string databasePath, PlanStoreOptions options, TimeProvider time) : base(options, time)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds a statement waits for another writer's lock before it fails (Microsoft.Data.Sqlite retries SQLITE_BUSY).
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string DatabasePath { get; }

    public override string Description => $"SQLite {DatabasePath}";

    protected override IReadOnlyList<string> Migrations => Steps;

    protected override string SchemaVersionTable =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_utc TEXT NOT NULL)";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // journal_mode is kept in the file; synchronous is per connection, so both are set on every open.
            await Command(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;").ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection as the store opens it (tests read its pragmas).</summary>
    internal Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    // BEGIN of Microsoft.Data.Sqlite is BEGIN IMMEDIATE (a write lock on the whole file), so migrations already run one at a time.
    protected override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
