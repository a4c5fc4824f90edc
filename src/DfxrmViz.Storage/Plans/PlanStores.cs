using System.Data.Common;

namespace DfxrmViz.Storage.Plans;

/// <summary>Picks the plan store from configuration alone: no connection string → SQLite in the data directory;
/// a PostgreSQL connection string (<c>Host=…</c>) → PostgreSQL; a SQLite one (<c>Data Source=…</c>) → that file.</summary>
public static class PlanStores
{
    /// <summary>File name of the embedded database in the data directory.</summary>
    public const string SqliteFileName = "plans.db";

    public static IPlanStore Create(string? connectionString, string dataDirectory, PlanStoreOptions options, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new SqlitePlanStore(Path.Combine(dataDirectory, SqliteFileName), options, time);
        }
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (keys.ContainsKey("Host") || keys.ContainsKey("Server"))
        {
            return new PostgresPlanStore(connectionString, options, time);
        }
        if (keys.TryGetValue("Data Source", out var file) && file is string path && path.Length > 0)
        {
            return new SqlitePlanStore(Path.Combine(dataDirectory, path), options, time);
        }
        throw new InvalidOperationException(
            "ConnectionStrings:Plans is neither a PostgreSQL connection string (Host=…;Database=…) nor a SQLite one (Data Source=file.db).");
    }
}
