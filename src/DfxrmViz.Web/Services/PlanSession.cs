using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Web.Services;

/// <summary>The plan of one browser session (one Blazor circuit) and its results. An edit is validated (a refused one throws
/// <see cref="InputException"/> and leaves the plan as it was), the cheap numbers are computed at once, and the reflection
/// table and reachability follow in the background — coalesced, so fast typing never queues stale work.</summary>
public sealed class PlanSession(ILogger<PlanSession> log) : IDisposable
{
    /// <summary>A table longer than this is shown before its reachability: above it, the yes/no of every row takes a noticeable
    /// while (./bench.sh, rows "reachability of 200 reflections"); below, the two go to the page in one render instead of two.</summary>
    public const int ShowTableFirstRows = 1000;

    /// <summary>How long the page waits for the complete results before it shows the cheap numbers alone. For the crystals in
    /// the repo the complete results follow the cheap ones within a few milliseconds; showing both meant every section and
    /// table rendering twice per edit (./loadtest.sh: 2.9 render batches per edit). A long table still shows its cheap numbers
    /// this soon, well within the 0.1 s a change still feels immediate (Nielsen, Usability Engineering, 1993, §5.5).</summary>
    public static readonly TimeSpan DefaultQuickShownAfter = TimeSpan.FromMilliseconds(40);

    private readonly PlanPipeline _pipeline = new();
    private readonly Lock _lock = new();
    private (Plan Plan, int Version)? _pending;
    private Task _background = Task.CompletedTask;
    private bool _running;
    private CancellationTokenSource _cancel = new();
    private int _version;
    private int _shownVersion;

    /// <summary>The plan in effect.</summary>
    public Plan Plan { get; private set; } = Plan.Example;

    /// <summary>Its results (possibly not complete yet: see <see cref="PlanResults.IsComplete"/>).</summary>
    public PlanResults Results { get; private set; } = null!;

    /// <summary>See <see cref="DefaultQuickShownAfter"/>; zero shows the cheap numbers at once (tests of the phases).</summary>
    public TimeSpan QuickShownAfter { get; init; } = DefaultQuickShownAfter;

    /// <summary>Set when the background phase failed unexpectedly (the quick numbers stay).</summary>
    public string? BackgroundProblem { get; private set; }

    /// <summary>Raised after the plan or its results changed (on any thread: subscribers marshal with InvokeAsync).</summary>
    public event Action? Changed;

    /// <summary>Completes when the background phases of the latest plan are done (tests, measurements).</summary>
    public Task Settled
    {
        get
        {
            lock (_lock)
            {
                return _background;
            }
        }
    }

    /// <summary>Shows <paramref name="plan"/> (first visit, an address, an undo).</summary>
    public void Open(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Accept(plan);
    }

    /// <summary>Applies an edit; throws <see cref="InputException"/> (plan unchanged) when the edited plan is not well-formed.</summary>
    public void Edit(Func<Plan, Plan> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var next = PlanValidation.Validated(edit(Plan));
        if (!next.Equals(Plan))
        {
            Accept(next);
        }
    }

    /// <summary>Reads a CIF upload through the shared crystal cache. Returns the block names when one must be picked (the plan
    /// is unchanged then); throws <see cref="InputException"/> with the line for a broken file (plan unchanged).</summary>
    public IReadOnlyList<string> LoadCif(string fileName, string text, string? block = null)
    {
        var source = CrystalSource.FromCif(text, fileName, block);
        var read = _pipeline.Crystal(source);
        if (read.Crystal is null && block is null && read.BlockNames.Length > 1)
        {
            return read.BlockNames;
        }
        if (read.Crystal is null)
        {
            throw new InputException(read.Problem!);
        }
        Edit(p => PlanEdits.WithCrystal(p, source));
        return [];
    }

    /// <summary>Stops the background work of a session that ended (circuit closed).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _pending = null;
            _cancel.Cancel();
            _cancel.Dispose();
        }
    }

    private void Accept(Plan plan)
    {
        int version;
        lock (_lock)
        {
            version = ++_version;
            _cancel.Cancel();
            _cancel.Dispose();
            _cancel = new CancellationTokenSource();
        }
        Plan = plan;
        Results = _pipeline.ComputeQuick(plan);
        if (QuickShownAfter <= TimeSpan.Zero)
        {
            Show(version);
        }
        lock (_lock)
        {
            _pending = (plan, version);
            // Not _background.IsCompleted: a loop that found nothing pending has returned under the lock, but its task
            // completes a moment later; a job queued in between would wait for the next edit.
            if (!_running)
            {
                _running = true;
                _background = Task.Run(RunPendingAsync);
            }
        }
        if (QuickShownAfter > TimeSpan.Zero)
        {
            _ = ShowQuickLaterAsync(version);
        }
    }

    /// <summary>Shows the cheap numbers of <paramref name="version"/> unless a later phase of it (or a newer plan) was shown first.</summary>
    private async Task ShowQuickLaterAsync(int version)
    {
        await Task.Delay(QuickShownAfter).ConfigureAwait(false);
        lock (_lock)
        {
            if (version != _version || _shownVersion == version)
            {
                return;
            }
        }
        Show(version);
    }

    private void Show(int version)
    {
        lock (_lock)
        {
            _shownVersion = version;
        }
        Changed?.Invoke();
    }

    private async Task RunPendingAsync()
    {
        while (true)
        {
            (Plan Plan, int Version) job;
            CancellationToken cancel;
            lock (_lock)
            {
                if (_pending is not { } p)
                {
                    _running = false;
                    return;
                }
                (job, _pending, cancel) = (p, null, _cancel.Token);
            }
            try
            {
                foreach (var phase in new[] { PlanPhase.Table, PlanPhase.Full })
                {
                    var results = _pipeline.Compute(job.Plan, phase, cancel);
                    if (phase == PlanPhase.Table && results.Reflections.Value is not { Rows.Length: > ShowTableFirstRows })
                    {
                        continue; // its reachability follows at once: one render of both, not two
                    }
                    lock (_lock)
                    {
                        if (job.Version != _version)
                        {
                            break;
                        }
                        Results = results;
                        _shownVersion = job.Version;
                    }
                    Changed?.Invoke();
                    await Task.Yield();
                }
            }
            catch (OperationCanceledException)
            {
                // A newer plan arrived: its own job follows.
            }
#pragma warning disable CA1031 // An unexpected failure must not end the session: the quick numbers stay and the page says so.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogError(ex, "Background phase failed");
                BackgroundProblem = "The reflection table could not be computed for these inputs (an unexpected error); the other numbers are shown.";
                Changed?.Invoke();
            }
        }
    }
}
