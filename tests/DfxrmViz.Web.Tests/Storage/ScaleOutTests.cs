using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Storage.Tests;
using DfxrmViz.Web.Tests.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DfxrmViz.Web.Tests.Storage;

/// <summary>Two app instances configured by ConnectionStrings:Plans (a real PostgreSQL) and ConnectionStrings:Redis (a real
/// Redis) alone: a plan saved on one opens on the other, a room changed on one shows its live plan on the other, and the
/// SignalR backplane and the Data Protection keys are the shared ones.</summary>
[Trait(TestServices.Trait, "PostgreSQL")]
[Trait(TestServices.Trait, "Redis")]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private const string Plan = """{"version":1,"crystal":{"builtin":"Si"},"energyKeV":17}""";
    private readonly string _database = "dfxrmviz_scale_" + Guid.NewGuid().ToString("N");
    private Instance _a = null!;
    private Instance _b = null!;

    public async Task InitializeAsync()
    {
        await Admin($"CREATE DATABASE {_database}");
        var plans = new NpgsqlConnectionStringBuilder(TestServices.Postgres) { Database = _database }.ToString();
        _a = new Instance(plans);
        _b = new Instance(plans);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await Admin($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Fact]
    public async Task A_plan_saved_on_one_instance_opens_on_the_other()
    {
        var created = await (await Post(_a, "/api/v1/plans")).Content.ReadFromJsonAsync<JsonElement>();
        var saved = await _b.CreateClient().GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/plans/{created.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.Equal(PlanJson.Write(PlanJson.Read(Plan)), saved.GetProperty("plan").GetRawText());
    }

    [Fact]
    public async Task A_room_changed_on_one_instance_shows_its_live_plan_on_the_other_before_it_is_stored()
    {
        var id = (await (await Post(_a, "/api/v1/rooms")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var changed = Plan.Replace("17", "18.5", StringComparison.Ordinal);
        await using (var member = await _a.Services.GetRequiredService<RoomService>().JoinAsync(id))
        {
            Assert.Equal(1L, await member.PublishPlanAsync(changed));
            var room = await _b.CreateClient().GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rooms/{id}", UriKind.Relative));
            Assert.Equal((changed, 1), (room.GetProperty("plan").GetRawText(), room.GetProperty("version").GetInt32()));
        }
    }

    [Fact]
    public void Both_instances_use_the_redis_backplanes_and_share_data_protection_keys()
    {
        Assert.IsType<RedisRoomBackplane>(_a.Services.GetRequiredService<IRoomBackplane>());
        Assert.Equal("RedisHubLifetimeManager`1", _a.Services.GetRequiredService<HubLifetimeManager<ProbeHub>>().GetType().Name);
        var sealedOnA = _a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("probe").Protect("circuit");
        Assert.Equal("circuit", _b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("probe").Unprotect(sealedOnA));
    }

    private static Task<HttpResponseMessage> Post(Instance app, string path) =>
        app.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent($$"""{"plan":{{Plan}}}""", Encoding.UTF8, "application/json"));

    private static async Task Admin(string sql)
    {
        await using var c = new NpgsqlConnection(TestServices.Postgres);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A hub type to ask the container which lifetime manager (backplane) hubs get.</summary>
    public sealed class ProbeHub : Hub;

    private sealed class Instance(string plans) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Plans", plans).UseSetting("ConnectionStrings:Redis", TestServices.Redis);
        }
    }
}
