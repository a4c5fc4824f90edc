using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DfxrmViz.LoadTest;

/// <summary>What blazor.web.js reads from a prerendered page to start its circuit (ComponentDescriptorDiscovery.ts): the
/// server component markers <c>&lt;!--Blazor:{json}--&gt;</c> (start markers carry "type":"server" and a "descriptor") and the
/// persisted state <c>&lt;!--Blazor-Server-Component-State:base64--&gt;</c>.</summary>
public static partial class PageMarkers
{
    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--\s*Blazor-Server-Component-State:([A-Za-z0-9+/=]+)\s*-->")]
    private static partial Regex State();

    /// <summary>The start markers of server components, in page order.</summary>
    public static IReadOnlyList<JsonObject> ServerComponents(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var list = new List<JsonObject>();
        foreach (Match m in Marker().Matches(html))
        {
            if (JsonNode.Parse(m.Groups[1].Value) is JsonObject o && (string?)o["type"] == "server" && o["descriptor"] is not null)
            {
                list.Add(o);
            }
        }
        return list;
    }

    /// <summary>The persisted component state, "" when the page has none.</summary>
    public static string ServerState(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var m = State().Match(html);
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The UpdateRootComponents batch that adds <paramref name="markers"/> (WebRootComponentManager.ts: ssrComponentId
    /// counts from 1, the marker is the comment's JSON).</summary>
    public static string AddOperations(IReadOnlyList<JsonObject> markers, int batchId = 1)
    {
        ArgumentNullException.ThrowIfNull(markers);
        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = markers[i].DeepClone() });
        }
        return new JsonObject { ["batchId"] = batchId, ["operations"] = operations }.ToJsonString();
    }
}
