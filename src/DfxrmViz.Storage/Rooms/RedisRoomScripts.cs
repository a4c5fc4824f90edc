namespace DfxrmViz.Storage.Rooms;

/// <summary>The Lua scripts of <see cref="RedisRoomBackplane"/>: each runs atomically in Redis (redis.io/docs "EVAL"),
/// so a version is never given twice and a full room never admits one more member, whichever instance asks.</summary>
internal static class RedisRoomScripts
{
    /// <summary>KEYS: state. ARGV: stored version, stored plan, lifetime ms. Keeps the live plan unless the stored one is newer.</summary>
    public const string Seed = """
        local cur = redis.call('HGET', KEYS[1], 'version')
        if (not cur) or tonumber(cur) < tonumber(ARGV[1]) then
          redis.call('HSET', KEYS[1], 'version', ARGV[1], 'plan', ARGV[2])
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return redis.call('HMGET', KEYS[1], 'version', 'plan')
        """;

    /// <summary>KEYS: state. ARGV: member id, plan, channel, lifetime ms, floor version. Next version, stored and announced.</summary>
    public const string PublishPlan = """
        local cur = tonumber(redis.call('HGET', KEYS[1], 'version') or ARGV[5])
        local v = math.max(cur, tonumber(ARGV[5])) + 1
        redis.call('HSET', KEYS[1], 'version', v, 'plan', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PUBLISH', ARGV[3], 'p|' .. v .. '|' .. ARGV[1] .. '|' .. ARGV[2])
        return v
        """;

    /// <summary>KEYS: members, seen, joins. ARGV: member id, max members, now ms, stale-before ms, lifetime ms, name
    /// prefix. Drops members of instances that stopped refreshing, then admits the member as prefix + N, or returns -1.</summary>
    public const string Join = """
        local seen = redis.call('HGETALL', KEYS[2])
        for i = 1, #seen, 2 do
          if tonumber(seen[i + 1]) < tonumber(ARGV[4]) then
            redis.call('HDEL', KEYS[1], seen[i])
            redis.call('HDEL', KEYS[2], seen[i])
          end
        end
        if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
        local n = redis.call('INCR', KEYS[3])
        redis.call('HSET', KEYS[1], ARGV[1], n .. '|' .. ARGV[6] .. n)
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
        for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
        return n
        """;

    /// <summary>KEYS: members. ARGV: member id, display name. Keeps the member's join number; 0 when the member is gone.</summary>
    public const string Rename = """
        local v = redis.call('HGET', KEYS[1], ARGV[1])
        if not v then return 0 end
        redis.call('HSET', KEYS[1], ARGV[1], string.match(v, '^(%d+)|') .. '|' .. ARGV[2])
        return 1
        """;
}
