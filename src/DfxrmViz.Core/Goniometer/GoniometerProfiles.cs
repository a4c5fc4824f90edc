using System.Collections.Frozen;
using System.Text.Json;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Goniometer;

/// <summary>The goniometer profiles shipped in Data/Goniometers/*.json (read once).</summary>
public static class GoniometerProfiles
{
    private static readonly Lazy<FrozenDictionary<string, GoniometerProfile>> Loaded = new(Load);

    /// <summary>Id of the default profile (docs/api.md: esrf-dfxm).</summary>
    public const string DefaultId = "esrf-dfxm";

    /// <summary>All profiles, ordered by id.</summary>
    public static IReadOnlyList<GoniometerProfile> All => [.. Loaded.Value.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>Profile by id; throws an <see cref="InputException"/> naming the known ids.</summary>
    public static GoniometerProfile Get(string? id)
    {
        id ??= DefaultId;
        return Loaded.Value.TryGetValue(id, out var p) ? p
            : throw new InputException(new InputProblem("goniometer",
                $"Unknown goniometer '{id}'; known: {string.Join(", ", Loaded.Value.Keys.Order(StringComparer.Ordinal))}."));
    }

    /// <summary>Parses one profile file (the schema of Data/Goniometers/*.json).</summary>
    public static GoniometerProfile Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var axes = r.GetProperty("axes").EnumerateArray().Select(ParseAxis).ToList();
        FixedAxis? fixedAxis = null;
        if (r.TryGetProperty("defaultFixed", out var f))
        {
            var v = f.GetProperty("value");
            fixedAxis = new FixedAxis(f.GetProperty("axis").GetString()!, v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null);
        }
        return new GoniometerProfile(Str(r, "id")!, Str(r, "name")!, Str(r, "source")!, Str(r, "labFrame")!, Str(r, "note") ?? "",
            axes, fixedAxis);
    }

    private static GoniometerAxis ParseAxis(JsonElement a)
    {
        var v = a.GetProperty("axis").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var l = a.GetProperty("limitsDeg");
        var limits = new AxisLimits(l.GetProperty("min").GetDouble(), l.GetProperty("max").GetDouble(), Str(l, "source"),
            l.TryGetProperty("assumption", out var asm) && asm.GetBoolean(), Str(l, "note"));
        return new GoniometerAxis(Str(a, "name")!, Str(a, "ascii")!, Str(a, "role") ?? "", new Vec3(v[0], v[1], v[2]).Normalized(), limits);
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var p) ? p.GetString() : null;

    // Reads the resources directly: the csproj LogicalName keeps '/' from %(RecursiveDir) ("…Data.Goniometers/x.json") while
    // EmbeddedData.Open/List look for '.', so both spellings are accepted here (reported to the lead; EmbeddedData not edited).
    private static FrozenDictionary<string, GoniometerProfile> Load()
    {
        var assembly = typeof(GoniometerProfiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("DfxrmViz.Core.Data.Goniometers", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return Parse(reader.ReadToEnd());
            })
            .ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }
}
