using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace DfxrmViz.Web.Hosting;

/// <summary>Saved plans, live rooms and scale-out, configured by two connection strings alone:
/// <c>ConnectionStrings:Plans</c> (none: SQLite in <c>DfxrmViz:DataDirectory</c>; <c>Host=…</c>: PostgreSQL) and
/// <c>ConnectionStrings:Redis</c> (none: rooms in memory; set: rooms, the SignalR backplane and the Data Protection
/// keys shared by every instance through that Redis).</summary>
public static class StorageRegistration
{
    /// <summary>Prefix of every Redis key and channel of the app.</summary>
    public const string RedisPrefix = "dfxrmviz:";

    public static WebApplicationBuilder AddDfxrmVizStorage(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var maxPlanBytes = config.GetValue("DfxrmViz:MaxPlanBytes",
            config.GetValue("DfxrmViz:MaxRequestBodyBytes", PlanStoreOptions.DefaultMaxPlanBytes));
        var storeOptions = new PlanStoreOptions { MaxPlanBytes = maxPlanBytes };
        // Relative to the content root (the app folder); ./run.sh and the container pass an absolute path.
        var dataDirectory = Path.Combine(builder.Environment.ContentRootPath, config.GetValue("DfxrmViz:DataDirectory", "data")!);
        var services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(storeOptions);
        services.AddSingleton<IPlanStore>(sp =>
            PlanStores.Create(config.GetConnectionString("Plans"), dataDirectory, storeOptions, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PlanStoreStartup>();
        // The plan gate of every save and room change: the strict plan reader and normalised writer.
        services.AddSingleton<IPlanNormalizer, PlanJsonNormalizer>();

        services.AddSingleton((config.GetSection("DfxrmViz:Rooms").Get<RoomOptions>() ?? new RoomOptions()) with { MaxPlanBytes = maxPlanBytes });
        services.AddSingleton<RoomService>();
        services.AddHostedService<RoomIdleCloser>();
        if (config.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            AddRedis(builder, redis);
        }
        else
        {
            services.AddSingleton<IRoomBackplane, InMemoryRoomBackplane>();
        }
        return builder;
    }

    private static void AddRedis(WebApplicationBuilder builder, string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is down and reconnect in the background; room calls answer "not available" meanwhile.
        options.AbortOnConnectFail = false;
        var multiplexer = ConnectionMultiplexer.Connect(options);
        builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        builder.Services.AddSingleton<IRoomBackplane>(sp => new RedisRoomBackplane(multiplexer, sp.GetRequiredService<RoomOptions>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RedisRoomBackplane>>(), RedisPrefix));
        builder.Services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.Configuration = options.Clone();
            o.Configuration.ChannelPrefix = RedisChannel.Literal(RedisPrefix + "signalr:");
        });
        // Antiforgery tokens and circuit ids made by one instance must be readable by the others.
        builder.Services.AddDataProtection()
            .SetApplicationName("DfxrmViz")
            .PersistKeysToStackExchangeRedis(multiplexer, RedisPrefix + "data-protection-keys");
    }
}
