namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The last few results of one stage, keyed by the stage's own inputs (value-equal records): an edit that leaves a
/// stage's inputs alone finds its result here instead of recomputing it. Thread-safe; the value is computed outside the lock
/// (two threads may compute the same key once each; both get equal values).</summary>
/// <typeparam name="TKey">The stage's inputs.</typeparam>
/// <typeparam name="TValue">The stage's result.</typeparam>
public sealed class Memo<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _entries = new();
    private readonly Lock _lock = new();

    /// <summary>How often a lookup found its key (for tests and benchmarks).</summary>
    public int Hits { get; private set; }

    /// <summary>How often the value had to be computed.</summary>
    public int Misses { get; private set; }

    /// <summary>The value for <paramref name="key"/>, computed by <paramref name="compute"/> when not held.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    Hits++;
                    return node.Value.Value;
                }
            }
            Misses++;
        }
        var value = compute(key);
        lock (_lock)
        {
            _entries.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
            while (_entries.Count > capacity)
            {
                _entries.RemoveLast();
            }
        }
        return value;
    }
}
