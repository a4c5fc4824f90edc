using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DfxrmViz.Web.Hosting;

/// <summary>Logs, at Debug under its own category, each circuit the server has finished with (a tab closed or its connection
/// given up). ./loadtest.sh turns on this category alone to check that every circuit is released: the framework's
/// CircuitHost category at Debug also logs every JS interop call and event, which cost ~7 % of the server's CPU under load and
/// so skewed the very figures the load test measures.</summary>
public sealed partial class CircuitLifetimeLog(ILogger<CircuitLifetimeLog> log) : CircuitHandler
{
    /// <summary>The text of the line, for the load generator that counts them (tools/loadtest CircuitLog).</summary>
    public const string ClosedText = "Circuit closed and released";

    // CircuitHost.DisposeAsync calls OnCircuitClosedAsync once its connection is gone for good, then disposes the renderer and
    // the circuit's services (ASP.NET Core 10, Components.Server CircuitHost).
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        Closed(log, circuit.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = ClosedText + ": {CircuitId}")]
    private static partial void Closed(ILogger logger, string circuitId);
}
