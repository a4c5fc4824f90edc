using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace DfxrmViz.Web.Tests.Api;

/// <summary>Sticky sessions behind nginx (deploy/nginx/dfxrmviz.conf.template routes by the dfx_instance cookie): an instance
/// with a name sets the cookie once and names itself on every answer; one without a name sets nothing.</summary>
public class InstanceAffinityTests
{
    private sealed class NamedFactory(string name) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DfxrmViz:InstanceName", name);
        }
    }

    [Fact]
    public async Task A_named_instance_sets_its_cookie_once_and_names_itself_on_every_answer()
    {
        await using var factory = new NamedFactory("b");
        using var client = factory.CreateClient(new() { HandleCookies = false });

        var first = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("b", Assert.Single(first.Headers.GetValues("X-Dfx-Instance")));
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("dfx_instance=b;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        again.Headers.Add("Cookie", "dfx_instance=b");
        var second = await client.SendAsync(again);
        Assert.Equal("b", Assert.Single(second.Headers.GetValues("X-Dfx-Instance")));
        Assert.False(second.Headers.Contains("Set-Cookie"));

        // A browser placed on an instance that is gone is taken over: the cookie moves to this one.
        using var moved = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        moved.Headers.Add("Cookie", "dfx_instance=a");
        var third = await client.SendAsync(moved);
        Assert.StartsWith("dfx_instance=b;", Assert.Single(third.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unnamed_instance_sets_no_affinity()
    {
        await using var factory = new AppFactory();
        using var client = factory.CreateClient(new() { HandleCookies = false });
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.False(response.Headers.Contains("X-Dfx-Instance"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public void A_name_that_cannot_be_a_cookie_value_or_a_route_stops_the_start_with_the_setting_named()
    {
        using var factory = new NamedFactory("a;b=c");
        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("DfxrmViz:InstanceName", error.Message, StringComparison.Ordinal);
    }
}
