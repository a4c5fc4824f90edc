using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Web.Storage;

/// <summary>Creates or migrates the plan store's schema when the app starts and says in the log which store it is. A
/// database that is down does not stop the app: the page works on, saving answers 503, and the store retries the
/// schema on its next use.</summary>
internal sealed class PlanStoreStartup(IPlanStore store, ILogger<PlanStoreStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.EnsureSchemaAsync(cancellationToken);
            log.LogInformation("Saved plans and rooms: {Store}", store.Description);
        }
        catch (PlanStoreUnavailableException e)
        {
            log.LogError(e, "Saved plans and rooms: {Store} is not available; saving answers 503 until it is", store.Description);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
