namespace DfxrmViz.LoadTest.Tests;

public sealed class CircuitLogTests
{
    // What the app's console logger writes (Production, simple console format) when CircuitLifetimeLog is at Debug: one line
    // per released circuit, among other lines that must not count.
    private const string Log = """
        info: Microsoft.Hosting.Lifetime[14]
              Now listening on: http://127.0.0.1:5000
        dbug: DfxrmViz.Web.Hosting.CircuitLifetimeLog[1]
              Circuit closed and released: 25LYKfZgK2BOHLu-9HBauq
        warn: DfxrmViz.Web.Services.PlanSession[0]
              Circuit closed early
        dbug: DfxrmViz.Web.Hosting.CircuitLifetimeLog[1]
              Circuit closed and released: p29FmP6aqI2n254TqNaWz5
        """;

    [Fact]
    public void Counts_the_released_circuits_of_the_apps_log()
    {
        var path = Path.Combine(Path.GetTempPath(), $"circuit-log-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, Log);
        try
        {
            Assert.Equal(2, CircuitLog.DisposedCount(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Counts_nothing_without_a_log()
    {
        Assert.Equal(0, CircuitLog.DisposedCount(null));
        Assert.Equal(0, CircuitLog.DisposedCount(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.log")));
    }
}
