using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Services;
using DfxrmViz.Web.Services.Rooms;
using Microsoft.Extensions.Logging.Abstractions;

namespace DfxrmViz.Web.Tests.Rooms;

/// <summary>One app instance's rooms (SQLite store in a folder of its own, in-memory backplane) and pages joined to them,
/// each page with its own session and its own one-at-a-time dispatcher, as a Blazor circuit has.</summary>
internal sealed class RoomHarness : IAsyncDisposable
{
    /// <summary>Stops a broken test from hanging the run; nothing is asserted about how long anything took.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly List<RoomPage> _pages = [];

    private readonly IRoomBackplane _backplane;

    private RoomHarness(string directory, RoomOptions options, IRoomBackplane? backplane)
    {
        Directory = directory;
        Store = PlanStores.Create(null, directory, new PlanStoreOptions(), TimeProvider.System);
        _backplane = backplane ?? new InMemoryRoomBackplane();
        Rooms = new RoomService(Store, _backplane, options, TimeProvider.System, NullLogger<RoomService>.Instance);
    }

    public string Directory { get; }

    public IPlanStore Store { get; }

    public RoomService Rooms { get; }

    /// <summary>An instance on <paramref name="directory"/> (a new temp folder when null: pass the old one for a restart).</summary>
    /// <summary><paramref name="backplane"/>: in memory when null (one instance); a Redis one makes this one of several instances.</summary>
    public static async Task<RoomHarness> StartAsync(string? directory = null, RoomOptions? options = null, IRoomBackplane? backplane = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "dfxrmviz-room-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var h = new RoomHarness(directory, options ?? new RoomOptions(), backplane);
        await h.Store.EnsureSchemaAsync();
        return h;
    }

    public Task<string> CreateRoomAsync(Plan plan) => Rooms.CreateAsync(PlanJson.Write(plan));

    /// <summary>A page that opened /r/{id}: the planner opened the example, then the link joined.</summary>
    public async Task<RoomPage> JoinAsync(string roomId)
    {
        var page = new RoomPage(roomId, Rooms);
        _pages.Add(page);
        await page.Run(() => page.Session.Open(Plan.Example));
        await page.Link.JoinAsync();
        return page;
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(() => Task.FromResult(condition()), () => what);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what) => UntilAsync(condition, () => what);

    /// <summary>Waits until <paramref name="condition"/> holds (<paramref name="what"/> read when it never did).</summary>
    public static Task UntilAsync(Func<bool> condition, Func<string> what) => UntilAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits until <paramref name="condition"/> holds; <paramref name="what"/> is read when it never did, so the
    /// message shows the state at the end of the wait, not at its start.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (!await condition())
        {
            if (guard.IsCancellationRequested)
            {
                Assert.Fail("Never happened: " + what());
            }
            await Task.Delay(5, CancellationToken.None);
        }
    }

    /// <summary>Leaves every page (each stores nothing more) and closes the instance, which stores what is pending.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.DisposeAsync();
        }
        await Rooms.DisposeAsync();
        await _backplane.DisposeAsync();
    }

    /// <summary>Deletes the instance's folder (after <see cref="DisposeAsync"/>).</summary>
    public void DeleteFiles()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

/// <summary>One browser page in a room: its plan session, its room link, and its dispatcher (one action at a time). While
/// <see cref="Hold"/> is on, the dispatcher queues what it is given and the test runs each action when it chooses: that
/// replays one interleaving of the room's events, the page's own sends and its edits exactly.</summary>
internal sealed class RoomPage : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _heldLock = new();
    private List<HeldAction>? _held;
    private bool _disposed;

    public RoomPage(string roomId, RoomService rooms)
    {
        Session = new PlanSession(NullLogger<PlanSession>.Instance);
        Link = new RoomLink(roomId, rooms, Session, Run, NullLogger.Instance);
    }

    public PlanSession Session { get; }

    public RoomLink Link { get; }

    public Plan Plan => Session.Plan;

    /// <summary>How many dispatched actions wait (while held).</summary>
    public int HeldCount
    {
        get
        {
            lock (_heldLock)
            {
                return _held?.Count ?? 0;
            }
        }
    }

    /// <summary>From now on, dispatched actions wait until the test runs them.</summary>
    public void Hold()
    {
        lock (_heldLock)
        {
            _held ??= [];
        }
    }

    /// <summary>Takes the held action at <paramref name="index"/> (in dispatch order) out of the queue, to run later.</summary>
    public HeldAction Take(int index)
    {
        lock (_heldLock)
        {
            var action = _held![index];
            _held.RemoveAt(index);
            return action;
        }
    }

    /// <summary>Runs the actions held now, in dispatch order (not those dispatched while they run).</summary>
    public void RunHeld()
    {
        List<HeldAction> now;
        lock (_heldLock)
        {
            now = [.. _held!];
            _held!.Clear();
        }
        now.ForEach(RunNow);
    }

    /// <summary>Runs one held action now, as the dispatcher would.</summary>
    public void RunNow(HeldAction held)
    {
        ArgumentNullException.ThrowIfNull(held);
        _gate.Wait();
        try
        {
            held.Action();
            held.Done.TrySetResult();
        }
#pragma warning disable CA1031 // handed to the caller of the dispatch, as InvokeAsync does
        catch (Exception e)
#pragma warning restore CA1031
        {
            held.Done.TrySetException(e);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends holding: what waits runs in dispatch order, and later actions run as they come.</summary>
    public void Release()
    {
        RunHeld();
        lock (_heldLock)
        {
            var late = _held!;
            _held = null;
            late.ForEach(RunNow);
        }
    }

    /// <summary>Runs <paramref name="action"/> on this page's dispatcher, as the circuit's InvokeAsync does.</summary>
    public async Task Run(Action action)
    {
        HeldAction? held = null;
        lock (_heldLock)
        {
            if (_held is not null)
            {
                held = new HeldAction(action, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                _held.Add(held);
            }
        }
        if (held is not null)
        {
            await held.Done.Task;
            return;
        }
        await _gate.WaitAsync();
        try
        {
            action();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>An edit as a component makes it (on the dispatcher).</summary>
    public Task EditAsync(Func<Plan, Plan> edit) => Run(() => Session.Edit(edit));

    /// <summary>An edit made now, while the dispatcher is held (the test is the circuit's thread then).</summary>
    public void EditNow(Func<Plan, Plan> edit) => RunNow(new HeldAction(() => Session.Edit(edit), new TaskCompletionSource()));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (HeldCount > 0 || _held is not null)
        {
            Release();
        }
        await Link.DisposeAsync();
        Session.Dispose();
    }
}

/// <summary>An action given to a held dispatcher, and the task its dispatcher call waits on.</summary>
internal sealed record HeldAction(Action Action, TaskCompletionSource Done);
