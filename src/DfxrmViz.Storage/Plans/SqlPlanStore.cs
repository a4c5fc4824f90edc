using System.Data.Common;

namespace DfxrmViz.Storage.Plans;

/// <summary>The plan store over any ADO.NET database: the statements that read and write plans and rooms are the same
/// for SQLite and PostgreSQL; a dialect gives its connections, its schema steps and its schema lock.</summary>
public abstract class SqlPlanStore(PlanStoreOptions options, TimeProvider time) : IPlanStore
{
    private readonly Lock _schemaGate = new();
    private Task? _schema;

    public abstract string Description { get; }

    /// <summary>Schema steps: entry i brings the schema from version i to i + 1.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>The statement that creates the schema-version table when it is missing.</summary>
    protected abstract string SchemaVersionTable { get; }

    /// <summary>An open connection with the dialect's session settings.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes the migration transaction the only one running (several instances may start at once).</summary>
    protected abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        lock (_schemaGate)
        {
            // A failed attempt (database down at start) is retried by the next caller rather than remembered.
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = Guard(() => MigrateAsync(CancellationToken.None));
            }
            return _schema.WaitAsync(cancellationToken);
        }
    }

    public async Task<string> SavePlanAsync(string planJson, CancellationToken cancellationToken = default)
    {
        CheckSize(planJson);
        var id = PublicId.New();
        await Execute("INSERT INTO plans (id, plan_json, created_utc) VALUES (@id, @plan, @now)",
            cancellationToken, ("id", id), ("plan", planJson), ("now", Now()));
        return id;
    }

    public Task<StoredPlan?> GetPlanAsync(string id, CancellationToken cancellationToken = default) =>
        ReadOne("SELECT plan_json, created_utc FROM plans WHERE id = @id", id,
            r => new StoredPlan(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1)), cancellationToken);

    public async Task<string> CreateRoomAsync(string planJson, CancellationToken cancellationToken = default)
    {
        CheckSize(planJson);
        var id = PublicId.New();
        await Execute("INSERT INTO rooms (id, plan_json, version, created_utc, updated_utc) VALUES (@id, @plan, 0, @now, @now)",
            cancellationToken, ("id", id), ("plan", planJson), ("now", Now()));
        return id;
    }

    public Task<StoredRoom?> GetRoomAsync(string id, CancellationToken cancellationToken = default) =>
        ReadOne("SELECT plan_json, version, created_utc, updated_utc, closed_utc FROM rooms WHERE id = @id", id,
            r => new StoredRoom(r.GetString(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4)),
            cancellationToken);

    public async Task<bool> UpdateRoomAsync(string id, string planJson, long version, CancellationToken cancellationToken = default)
    {
        CheckSize(planJson);
        if (!PublicId.IsWellFormed(id))
        {
            return false;
        }
        var rows = await Execute("UPDATE rooms SET plan_json = @plan, version = @version, updated_utc = @now WHERE id = @id AND version < @version AND closed_utc IS NULL",
            cancellationToken, ("id", id), ("plan", planJson), ("version", version), ("now", Now()));
        return rows == 1;
    }

    public async Task<StoredRoom?> CloseRoomAsync(string id, string? planJson, long version, CancellationToken cancellationToken = default)
    {
        if (!PublicId.IsWellFormed(id))
        {
            return null;
        }
        if (planJson is not null)
        {
            CheckSize(planJson);
            // The live plan, when newer, becomes the room's last plan in the same step that would refuse it afterwards.
            await Execute("UPDATE rooms SET plan_json = @plan, version = @version, updated_utc = @now WHERE id = @id AND version < @version AND closed_utc IS NULL",
                cancellationToken, ("id", id), ("plan", planJson), ("version", version), ("now", Now()));
        }
        // Only the first close sets the time; a second close (another instance, the idle sweep) keeps it.
        await Execute("UPDATE rooms SET closed_utc = @now WHERE id = @id AND closed_utc IS NULL", cancellationToken, ("id", id), ("now", Now()));
        // Read after the closed time is set: no write lands from then on, so this is the last plan.
        return await GetRoomAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<string>> IdleRoomsAsync(DateTimeOffset unchangedSince, CancellationToken cancellationToken = default) =>
        Guard<IReadOnlyList<string>>(async () =>
        {
            await EnsureSchemaAsync(cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            await using var reader = await Command(connection, null,
                "SELECT id FROM rooms WHERE closed_utc IS NULL AND updated_utc < @since ORDER BY updated_utc",
                ("since", unchangedSince)).ExecuteReaderAsync(cancellationToken);
            var ids = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
            return ids;
        });

    /// <summary>Runs <paramref name="work"/>, turning every driver or I/O failure into <see cref="PlanStoreUnavailableException"/>.</summary>
    protected async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is DbException or IOException or TimeoutException or UnauthorizedAccessException
            or System.Net.Sockets.SocketException)
        {
            throw new PlanStoreUnavailableException($"The plan store ({Description}) could not be reached, so nothing was saved: {e.Message}", e);
        }
    }

    private Task Guard(Func<Task> work) => Guard(async () => { await work(); return true; });

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockSchemaAsync(connection, transaction, cancellationToken);
        await Command(connection, transaction, SchemaVersionTable).ExecuteNonQueryAsync(cancellationToken);
        var current = Convert.ToInt32(await Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version")
            .ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
        {
            throw new PlanStoreUnavailableException(
                $"The plan store ({Description}) has schema version {current}, newer than this build knows ({Migrations.Count}): run a newer DfxrmViz.");
        }
        for (var version = current + 1; version <= Migrations.Count; version++)
        {
            await Command(connection, transaction, Migrations[version - 1]).ExecuteNonQueryAsync(cancellationToken);
            await Command(connection, transaction, "INSERT INTO schema_version (version, applied_utc) VALUES (@version, @now)",
                ("version", version), ("now", Now())).ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> Execute(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        Guard(async () =>
        {
            await EnsureSchemaAsync(cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            return await Command(connection, null, sql, parameters).ExecuteNonQueryAsync(cancellationToken);
        });

    private async Task<T?> ReadOne<T>(string sql, string id, Func<DbDataReader, T> read, CancellationToken cancellationToken) where T : class
    {
        if (!PublicId.IsWellFormed(id))
        {
            return null;
        }
        return await Guard(async () =>
        {
            await EnsureSchemaAsync(cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            await using var reader = await Command(connection, null, sql, ("id", id)).ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
        });
    }

    /// <summary>A command with named parameters (<c>@name</c> in both dialects).</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }

    /// <summary>Now in UTC, cut to whole milliseconds so both databases give back exactly what was written.</summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private void CheckSize(string planJson) => PlanTooLargeException.ThrowIfOver(planJson, options.MaxPlanBytes);
}
