namespace DfxrmViz.Web.Services.Rooms;

/// <summary>Sends values one at a time, newest only: a value posted while one is being sent replaces any that waits, so a
/// burst of edits (or camera moves) costs one send for the last of them. Each message carries the whole state, so the
/// values skipped lose nothing. With a <c>minInterval</c> it also throttles: sends start at least that far apart.</summary>
public sealed class LatestOnlySender<T>(Func<T, Task> send, TimeSpan minInterval, TimeProvider time) where T : class
{
    private readonly Lock _lock = new();
    private T? _next;
    private bool _running;
    private TaskCompletionSource _idle = Idle();

    /// <summary>Whether a value waits behind the one being sent.</summary>
    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _next is not null;
            }
        }
    }

    /// <summary>Completes when nothing waits and nothing is being sent.</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _idle.Task;
        }
    }

    /// <summary>Queues <paramref name="value"/> in place of any value still waiting, and starts sending if idle.</summary>
    public void Post(T value)
    {
        lock (_lock)
        {
            _next = value;
            if (_running)
            {
                return;
            }
            _running = true;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        // Off the caller's thread (the circuit's): a send never holds up the page.
        _ = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            T value;
            lock (_lock)
            {
                if (_next is null)
                {
                    _running = false;
                    _idle.TrySetResult();
                    return;
                }
                (value, _next) = (_next, null);
            }
            try
            {
                await send(value);
            }
            catch
            {
                // The senders handle their own failures; should one escape, the next post starts afresh.
                lock (_lock)
                {
                    _running = false;
                    _idle.TrySetResult();
                }
                throw;
            }
            if (minInterval > TimeSpan.Zero)
            {
                await Task.Delay(minInterval, time);
            }
        }
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }
}
