using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The outcome of reading a crystal source: the crystal, or the block names to pick from, or the problem.</summary>
public sealed record CrystalRead(LoadedCrystal? Crystal, ImmutableArray<string> BlockNames, InputProblem? Problem);

/// <summary>Parsed crystals shared by every session and request of the process, keyed by builtin id or by the SHA-256 of the
/// CIF text and the block, bounded by count and by the bytes of CIF text held (least recently used go first). A broken CIF is
/// remembered too, so the same upload is not parsed again.</summary>
public sealed class CrystalCache(int maxEntries = 128, long maxCifBytes = 64L * 1024 * 1024)
{
    private readonly ConditionalWeakTable<string, string> _hashes = [];
    private readonly LinkedList<(string Key, CrystalRead Read, long Bytes)> _entries = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>The process-wide cache.</summary>
    public static CrystalCache Shared { get; } = new();

    /// <summary>Entries held (tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Reads (or finds) the crystal of <paramref name="source"/>; never throws for bad input.</summary>
    public CrystalRead Read(CrystalSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = KeyOf(source);
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value.Read;
                }
            }
        }
        var read = Parse(key, source);
        var bytes = source.Cif?.Length * 2L ?? 0;
        lock (_lock)
        {
            _entries.AddFirst((key, read, bytes));
            _bytes += bytes;
            while (_entries.Count > maxEntries || (_bytes > maxCifBytes && _entries.Count > 1))
            {
                _bytes -= _entries.Last!.Value.Bytes;
                _entries.RemoveLast();
            }
        }
        return read;
    }

    /// <summary>"builtin:&lt;id&gt;" or "cif:&lt;SHA-256&gt;|&lt;block&gt;"; the hash of one string instance is computed once.</summary>
    public string KeyOf(CrystalSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Builtin is { } id)
        {
            return "builtin:" + id.ToUpperInvariant();
        }
        var text = source.Cif ?? "";
        var hash = _hashes.GetValue(text, t => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(t))));
        return $"cif:{hash}|{source.Block}";
    }

    private static CrystalRead Parse(string key, CrystalSource source)
    {
        try
        {
            if (source.Builtin is { } id)
            {
                return new CrystalRead(new LoadedCrystal(key, CrystalLibrary.Load(id), source), [], null);
            }
            var text = source.Cif ?? throw new InputException("crystal", "Give 'builtin' or 'cif'.");
            if (source.Block is { } block)
            {
                return new CrystalRead(new LoadedCrystal(key, CrystalCifReader.ReadBlock(text, block), source), [], null);
            }
            var read = CrystalCifReader.Read(text);
            return read.Crystal is { } c
                ? new CrystalRead(new LoadedCrystal(key, c, source), read.BlockNames, null)
                : new CrystalRead(null, read.BlockNames, new InputProblem("plan.crystal.block",
                    $"The CIF holds {read.BlockNames.Length} structures ({string.Join(", ", read.BlockNames)}): name one in 'block'."));
        }
        catch (InputException ex)
        {
            return new CrystalRead(null, [], PlanFields.Prefixed(ex.Problem, "crystal"));
        }
    }
}
