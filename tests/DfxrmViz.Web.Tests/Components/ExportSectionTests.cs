using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Web.Components.Export;
using DfxrmViz.Web.Services;
using DfxrmViz.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>The Export section: the share link is the page address until the plan is saved, then /p/{id} until an edit; a store
/// that is down leaves the plan in the address and says that nothing was saved.</summary>
public class ExportSectionTests
{
    [Fact]
    public async Task Save_gives_a_p_link_and_an_edit_goes_back_to_the_plan_address_without_changing_the_saved_plan()
    {
        var store = new MemoryStore();
        await using var ctx = Context(store);
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<ExportSection>();
        Assert.Contains("/?plan=" + PlanAddress.Encode(Plan.Example), cut.Find("#share-link").GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("/api/v1/export/report.pdf?plan=", cut.Find("#download-pdf").GetAttribute("href"), StringComparison.Ordinal);

        await cut.Find("#save-plan").ClickAsync(new());
        var id = Assert.Single(store.Plans.Keys);
        cut.WaitForAssertion(() => Assert.EndsWith("/p/" + id, cut.Find("#share-link").GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal($"/api/v1/plans/{id}/report.pdf?view=camera", cut.Find("#download-pdf").GetAttribute("href"));
        Assert.Equal($"/api/v1/plans/{id}/scene.glb", cut.Find("#download-glb").GetAttribute("href"));
        Assert.Contains(ctx.JSInterop.Invocations, i => i.Identifier == "replaceAddress" && Equals(i.Arguments[0], "/p/" + id));

        var saved = store.Plans[id];
        session.Edit(p => p with { EnergyKeV = 18 });
        cut.WaitForAssertion(() => Assert.Contains("/?plan=", cut.Find("#share-link").GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(saved, store.Plans[id]);
        Assert.Single(store.Plans);
    }

    [Fact]
    public async Task A_store_that_is_down_says_it_could_not_save_and_keeps_the_plan_in_the_address()
    {
        await using var ctx = Context(new DownStore());
        await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<ExportSection>();
        var before = cut.Find("#share-link").GetAttribute("href");
        await cut.Find("#save-plan").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Contains("Could not save", cut.Find("#save-problem").TextContent, StringComparison.Ordinal));
        Assert.Contains("Nothing was saved", cut.Find("#save-problem").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, cut.Find("#share-link").GetAttribute("href"));
        Assert.DoesNotContain(ctx.JSInterop.Invocations, i => i.Identifier == "replaceAddress");
        Assert.Null(ctx.Services.GetRequiredService<SavedPlanState>().Id);
    }

    [Fact]
    public async Task The_download_links_are_the_markup_of_MudButton_outlined_small_with_its_icon()
    {
        await using var ctx = Context(new MemoryStore());
        await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<ExportSection>();
        var link = cut.Find("#download-reflections-csv");
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("/api/v1/export/reflections.csv?plan=", href, StringComparison.Ordinal);
        RenderFragment title = b => b.AddContent(0, "Reflections (CSV)");
        ctx.Render<MudButton>(p => p.Add(b => b.Href, href).Add(b => b.Variant, Variant.Outlined).Add(b => b.Size, Size.Small)
                .Add(b => b.StartIcon, Icons.Material.Filled.TableChart).AddUnmatched("id", "download-reflections-csv").AddUnmatched("download", "")
                .Add(b => b.ChildContent, title))
            .MarkupMatches(link.OuterHtml);
        Assert.DoesNotContain(cut.FindComponents<MudButton>(), b => b.Instance.Href is not null); // links, not components
    }

    private static BunitContext Context(IPlanStore store)
    {
        var ctx = MudContext.Create();
        ctx.Services.AddSingleton(store);
        ctx.Services.AddSingleton<IPlanNormalizer>(new PlanJsonNormalizer(new PlanStoreOptions()));
        ctx.Services.AddScoped<SavedPlanState>();
        return ctx;
    }

    /// <summary>Saved plans in a dictionary (the real stores have their own suite in DfxrmViz.Storage.Tests).</summary>
    private sealed class MemoryStore : IPlanStore
    {
        public Dictionary<string, string> Plans { get; } = [];

        public string Description => "memory";

        public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<string> SavePlanAsync(string planJson, CancellationToken cancellationToken = default)
        {
            var id = PublicId.New();
            Plans[id] = planJson;
            return Task.FromResult(id);
        }

        public Task<StoredPlan?> GetPlanAsync(string id, CancellationToken cancellationToken = default) =>
            Task.FromResult(Plans.TryGetValue(id, out var p) ? new StoredPlan(p, DateTimeOffset.UnixEpoch) : null);

        public Task<string> CreateRoomAsync(string planJson, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<StoredRoom?> GetRoomAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> UpdateRoomAsync(string id, string planJson, long version, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<StoredRoom?> CloseRoomAsync(string id, string? planJson, long version, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<string>> IdleRoomsAsync(DateTimeOffset unchangedSince, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    /// <summary>A database that cannot be reached: every call fails as the real stores do.</summary>
    private sealed class DownStore : IPlanStore
    {
        public string Description => "down";

        public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => Task.FromException(Down());

        public Task<string> SavePlanAsync(string planJson, CancellationToken cancellationToken = default) => Task.FromException<string>(Down());

        public Task<StoredPlan?> GetPlanAsync(string id, CancellationToken cancellationToken = default) => Task.FromException<StoredPlan?>(Down());

        public Task<string> CreateRoomAsync(string planJson, CancellationToken cancellationToken = default) => Task.FromException<string>(Down());

        public Task<StoredRoom?> GetRoomAsync(string id, CancellationToken cancellationToken = default) => Task.FromException<StoredRoom?>(Down());

        public Task<bool> UpdateRoomAsync(string id, string planJson, long version, CancellationToken cancellationToken = default) =>
            Task.FromException<bool>(Down());

        public Task<StoredRoom?> CloseRoomAsync(string id, string? planJson, long version, CancellationToken cancellationToken = default) =>
            Task.FromException<StoredRoom?>(Down());

        public Task<IReadOnlyList<string>> IdleRoomsAsync(DateTimeOffset unchangedSince, CancellationToken cancellationToken = default) =>
            Task.FromException<IReadOnlyList<string>>(Down());

        private static PlanStoreUnavailableException Down() => new("The plan store is not available.");
    }
}
