using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>The calls Plotly.Blazor 7.2 made to its JS module (plotly-interop: newPlot, react, update with the chart's id first)
/// and the app's wwwroot/js/plot-update.js made (updateJson: the chart's id, then data, layout and traces in one UTF-8 JSON text,
/// listed here as the plotly.js update it makes) in a bUnit context, with the arguments as the browser receives them.</summary>
public static class PlotlyCalls
{
    private static readonly string[] Drawing = ["newPlot", "react", "update", "updateJson"];

    /// <summary>Drawing calls so far, in the order the browser applies them, with the id of the chart each went to;
    /// <paramref name="withModule"/> false leaves out the update module's calls (a test where they fail). plot-update.js holds
    /// an update until its chart is drawn, then applies the held ones in the order they came: an update made before the
    /// chart's first newPlot or react (a new chart whose data changed before Plotly.Blazor drew it) is listed after that draw.</summary>
    public static IReadOnlyList<(string Chart, string Name, JsonNode?[] Args)> Of(BunitContext ctx, bool withModule = true)
    {
        var applied = new List<(string Chart, string Name, JsonNode?[] Args)>();
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        var held = new Dictionary<string, List<(string, string, JsonNode?[])>>(StringComparer.Ordinal);
        foreach (var i in ctx.JSInterop.Invocations.Where(i => Drawing.Contains(i.Identifier) && (withModule || i.Identifier != "updateJson")))
        {
            var chart = (string)i.Arguments[0]!;
            if (i.Identifier == "updateJson")
            {
                var call = (chart, "update", Unpacked((byte[])i.Arguments[1]!));
                if (drawn.Contains(chart))
                {
                    applied.Add(call);
                }
                else
                {
                    (held.TryGetValue(chart, out var list) ? list : held[chart] = []).Add(call);
                }
                continue;
            }
            applied.Add((chart, i.Identifier, [.. i.Arguments.Skip(1).Select(a => JsonSerializer.SerializeToNode(a))]));
            if (i.Identifier is "newPlot" or "react" && drawn.Add(chart) && held.Remove(chart, out var waiting))
            {
                applied.AddRange(waiting);
            }
        }
        return applied;
    }

    private static JsonNode?[] Unpacked(byte[] json)
    {
        var u = JsonNode.Parse(json)!.AsObject();
        return [u["data"]?.DeepClone(), u["layout"]?.DeepClone(), u["traces"]?.DeepClone()];
    }
}

/// <summary>A figure as plotly.js holds it (data and layout), drawn by newPlot/react and changed by update with the semantics of
/// plotly.js 3.x Plotly.update: restyle values apply to the given traces, array attributes wrapped once per trace (value[i] goes
/// to trace indices[i]); relayout keys are attribute paths ("annotations[1].x", "xaxis.range").</summary>
public sealed class PlotlyFigure
{
    public JsonArray Data { get; private set; } = [];

    public JsonObject Layout { get; private set; } = [];

    /// <summary>The figure after <paramref name="calls"/>, in order (all to one chart).</summary>
    public static PlotlyFigure After(IEnumerable<(string Chart, string Name, JsonNode?[] Args)> calls)
    {
        var figure = new PlotlyFigure();
        var drawn = calls.ToList();
        Assert.Single(drawn.Select(c => c.Chart).Distinct());
        foreach (var (_, name, args) in drawn)
        {
            if (name == "update")
            {
                figure.Update(args[0]!.AsObject(), args[1]!.AsObject(), [.. args[2]!.AsArray().Select(i => i!.GetValue<int>())]);
            }
            else
            {
                (figure.Data, figure.Layout) = (args[0]!.DeepClone().AsArray(), args[1]!.DeepClone().AsObject());
            }
        }
        return figure;
    }

    private void Update(JsonObject restyle, JsonObject relayout, int[] traces)
    {
        foreach (var (attribute, value) in restyle)
        {
            var perTrace = value!.AsArray();
            for (var i = 0; i < traces.Length; i++)
            {
                Data[traces[i]]![attribute] = perTrace[i % perTrace.Count]!.DeepClone();
            }
        }
        foreach (var (path, value) in relayout)
        {
            Set(Layout, path, value?.DeepClone());
        }
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode node = root;
        var parts = path.Split('.');
        for (var p = 0; p < parts.Length; p++)
        {
            var (name, index) = Split(parts[p]);
            var last = p == parts.Length - 1;
            if (index is { } i)
            {
                var list = node[name]!.AsArray();
                if (last)
                {
                    list[i] = value;
                    return;
                }
                node = list[i]!;
            }
            else if (last)
            {
                node[name] = value;
            }
            else
            {
                node = node[name] ??= new JsonObject();
            }
        }
    }

    private static (string Name, int? Index) Split(string part) => part.IndexOf('[', StringComparison.Ordinal) is var b and >= 0
        ? (part[..b], int.Parse(part[(b + 1)..^1], CultureInfo.InvariantCulture))
        : (part, null);
}
