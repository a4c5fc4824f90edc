using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Rooms shared by several app instances through one Redis (StackExchange.Redis): the live plan and version,
/// the members and the join counter are Redis keys changed by atomic scripts (<see cref="RedisRoomScripts"/>); events
/// go out on one pub/sub channel per room. Each instance refreshes its members' "seen" time, so the members of an
/// instance that died drop out of presence after <see cref="RoomOptions.PresenceTimeout"/>. Every key and channel
/// starts with the key prefix; instances that share rooms use the same one.</summary>
public sealed class RedisRoomBackplane : IRoomBackplane
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RoomOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<(string Room, string Member), byte> _local = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;

    public RedisRoomBackplane(IConnectionMultiplexer redis, RoomOptions options, TimeProvider time, ILogger<RedisRoomBackplane> log,
        string keyPrefix = "dfxrmviz:")
    {
        _redis = redis;
        _options = options;
        _time = time;
        _log = log;
        _prefix = keyPrefix;
        _heartbeat = RefreshMembersAsync(_stop.Token);
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task<IAsyncDisposable> SubscribeAsync(string roomId, Func<RoomEvent, Task> onEvent)
    {
        var queue = await Call(() => _redis.GetSubscriber().SubscribeAsync(Channel(roomId)));
        // One message at a time, in the order Redis sent them.
        queue.OnMessage(async message =>
        {
            try
            {
                if (await ParseAsync(roomId, message.Message.ToString()) is { } e)
                {
                    await onEvent(e);
                }
            }
#pragma warning disable CA1031 // one bad message or a failed presence read must not stop the room's subscription
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _log.LogWarning(ex, "Room {RoomId}: could not handle a message", roomId);
            }
        });
        return new Subscription(queue);
    }

    public async Task<RoomSnapshot> SeedAsync(string roomId, RoomSnapshot stored)
    {
        var r = (RedisResult[])(await Call(() => Db.ScriptEvaluateAsync(RedisRoomScripts.Seed, [Key(roomId, "state")],
            [stored.Version, stored.PlanJson, Lifetime])))!;
        return new RoomSnapshot(r[1].ToString(), (long)r[0]);
    }

    public async Task<RoomSnapshot?> CurrentAsync(string roomId)
    {
        var v = await Call(() => Db.HashGetAsync(Key(roomId, "state"), ["version", "plan"]));
        return v[0].HasValue && v[1].HasValue ? new RoomSnapshot(v[1].ToString(), (long)v[0]) : null;
    }

    public async Task<RoomMember?> JoinAsync(string roomId, string memberId, int maxMembers)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var n = (long)await Call(() => Db.ScriptEvaluateAsync(RedisRoomScripts.Join,
            [Key(roomId, "members"), Key(roomId, "seen"), Key(roomId, "joins")],
            [memberId, maxMembers, now, now - (long)_options.PresenceTimeout.TotalMilliseconds, Lifetime, RoomNames.Guest(0)[..^1]]));
        if (n < 0)
        {
            return null;
        }
        _local[(roomId, memberId)] = 0;
        await AnnouncePresence(roomId);
        return new RoomMember(memberId, RoomNames.Guest(n), n);
    }

    public async Task<ImmutableArray<RoomMember>> MembersAsync(string roomId)
    {
        var members = await Call(() => Db.HashGetAllAsync(Key(roomId, "members")));
        var seen = (await Call(() => Db.HashGetAllAsync(Key(roomId, "seen")))).ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
        var staleBefore = _time.GetUtcNow().ToUnixTimeMilliseconds() - (long)_options.PresenceTimeout.TotalMilliseconds;
        return [.. members
            .Where(m => seen.TryGetValue(m.Name.ToString(), out var t) && t >= staleBefore)
            .Select(m => ParseMember(m.Name.ToString(), m.Value.ToString()))
            .OrderBy(m => m.GuestNumber)];
    }

    public async Task RenameAsync(string roomId, string memberId, string displayName)
    {
        await Call(() => Db.ScriptEvaluateAsync(RedisRoomScripts.Rename, [Key(roomId, "members")], [memberId, displayName]));
        await AnnouncePresence(roomId);
    }

    public async Task LeaveAsync(string roomId, string memberId)
    {
        _local.TryRemove((roomId, memberId), out _);
        await Call(() => Task.WhenAll(Db.HashDeleteAsync(Key(roomId, "members"), memberId), Db.HashDeleteAsync(Key(roomId, "seen"), memberId)));
        await AnnouncePresence(roomId);
    }

    public async Task<long> PublishPlanAsync(string roomId, string memberId, string planJson, long floorVersion) =>
        (long)await Call(() => Db.ScriptEvaluateAsync(RedisRoomScripts.PublishPlan, [Key(roomId, "state")],
            [memberId, planJson, Channel(roomId).ToString(), Lifetime, floorVersion]));

    public Task PublishCameraAsync(string roomId, string memberId, string cameraJson) =>
        Call(() => _redis.GetSubscriber().PublishAsync(Channel(roomId), $"c|{memberId}|{cameraJson}"));

    public Task PublishClosedAsync(string roomId, DateTimeOffset closedUtc, long version, string planJson) =>
        Call(() => _redis.GetSubscriber().PublishAsync(Channel(roomId),
            string.Create(CultureInfo.InvariantCulture, $"x|{closedUtc.ToUnixTimeMilliseconds()}|{version}|{planJson}")));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _heartbeat;
        _stop.Dispose();
    }

    private async Task<RoomEvent?> ParseAsync(string roomId, string message)
    {
        var parts = message.Split('|', 4);
        return parts[0] switch
        {
            "p" when parts.Length == 4 => new RoomPlanChanged(roomId, parts[2], long.Parse(parts[1], CultureInfo.InvariantCulture), parts[3]),
            "c" => new RoomCameraMoved(roomId, parts[1], message[(parts[0].Length + parts[1].Length + 2)..]),
            "x" when parts.Length == 4 => new RoomClosed(roomId, DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[1], CultureInfo.InvariantCulture)),
                long.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]),
            "m" => new RoomPresenceChanged(roomId, await MembersAsync(roomId)),
            _ => null,
        };
    }

    private static RoomMember ParseMember(string memberId, string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return new RoomMember(memberId, value[(bar + 1)..], long.Parse(value[..bar], CultureInfo.InvariantCulture));
    }

    private Task AnnouncePresence(string roomId) => Call(() => _redis.GetSubscriber().PublishAsync(Channel(roomId), "m"));

    /// <summary>Every <see cref="RoomOptions.PresenceRefresh"/>: "these members are still here", for each member on this instance.</summary>
    private async Task RefreshMembersAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.PresenceRefresh, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                try
                {
                    await Task.WhenAll(_local.Keys.Select(k => Db.HashSetAsync(Key(k.Room, "seen"), k.Member, now)));
                }
#pragma warning disable CA1031 // the refresh loop must outlive any failure (Redis down, connection closed); it retries next tick
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    _log.LogWarning(e, "Could not refresh room presence in Redis");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private long Lifetime => (long)_options.LiveStateLifetime.TotalMilliseconds;

    private RedisKey Key(string roomId, string part) => $"{_prefix}room:{roomId}:{part}";

    private RedisChannel Channel(string roomId) => RedisChannel.Literal($"{_prefix}room:{roomId}");

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new RoomUnavailableException($"Live rooms are not available: Redis did not answer ({e.Message}).", e);
        }
    }

    private sealed class Subscription(ChannelMessageQueue queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await queue.UnsubscribeAsync();
    }
}
