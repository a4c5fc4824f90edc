using System.Text.Json.Nodes;

namespace DfxrmViz.LoadTest.Tests;

public sealed class PageMarkersTests
{
    // The shape of a prerendered page's comments (ComponentDescriptorDiscovery.ts): a start marker with type and descriptor,
    // its end marker with the prerender id only, a WebAssembly marker that a server circuit must leave out, and the state.
    private const string Page = """
        <html><body>
        <!--Blazor:{"type":"server","prerenderId":"a1","key":{"locationHash":"h1","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ8one"}-->
        <div>prerendered</div>
        <!--Blazor:{"prerenderId":"a1"}-->
        <!--Blazor:{"type":"webassembly","prerenderId":"b2","assembly":"X","typeName":"Y"}-->
        <!--Blazor:{"type":"server","prerenderId":"c3","key":{"locationHash":"h2","formattedComponentKey":""},"sequence":1,"descriptor":"CfDJ8two"}-->
        <!--Blazor-Server-Component-State:Q2ZESjhzdGF0ZQ==-->
        </body></html>
        """;

    [Fact]
    public void Server_start_markers_in_page_order()
    {
        var markers = PageMarkers.ServerComponents(Page);

        Assert.Equal(["CfDJ8one", "CfDJ8two"], markers.Select(m => (string)m["descriptor"]!));
    }

    [Fact]
    public void Persisted_state_or_empty()
    {
        Assert.Equal("Q2ZESjhzdGF0ZQ==", PageMarkers.ServerState(Page));
        Assert.Equal("", PageMarkers.ServerState("<html></html>"));
    }

    [Fact]
    public void Add_operations_number_components_from_one_and_carry_the_marker()
    {
        var json = JsonNode.Parse(PageMarkers.AddOperations(PageMarkers.ServerComponents(Page)))!;

        Assert.Equal(1, (int)json["batchId"]!);
        var operations = json["operations"]!.AsArray();
        Assert.Equal([1, 2], operations.Select(o => (int)o!["ssrComponentId"]!));
        Assert.All(operations, o => Assert.Equal("add", (string)o!["type"]!));
        Assert.Equal("h2", (string)operations[1]!["marker"]!["key"]!["locationHash"]!);
    }
}
