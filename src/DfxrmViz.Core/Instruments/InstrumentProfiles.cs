using System.Collections.Immutable;
using System.Text.Json;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Instruments;

/// <summary>The instrument profiles shipped in Data/Instruments/instruments.json (extendable: add an object to the file).</summary>
public static class InstrumentProfiles
{
    private static readonly Lazy<ImmutableArray<InstrumentProfile>> Profiles = new(() => Parse(EmbeddedData.ReadText("Instruments/instruments.json")));

    /// <summary>All profiles in file order (the first is the default).</summary>
    public static ImmutableArray<InstrumentProfile> All => Profiles.Value;

    /// <summary>The profile <paramref name="id"/> (case-insensitive); InputException (field instrument) when unknown.</summary>
    public static InstrumentProfile Get(string id) =>
        All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(new InputProblem("instrument",
            $"Unknown instrument profile '{id}'; known: {string.Join(", ", All.Select(p => p.Id))}."));

    /// <summary>Reads and checks a profile file: every limit has a source or is flagged as an assumption with a note;
    /// 0 ≤ 2θmin &lt; 2θmax ≤ 180; 0 &lt; Emin &lt; Emax.</summary>
    public static ImmutableArray<InstrumentProfile> Parse(string json)
    {
        ImmutableArray<InstrumentProfile> list;
        try
        {
            using var doc = JsonDocument.Parse(json);
            list = [.. doc.RootElement.GetProperty("profiles").EnumerateArray().Select(ParseProfile)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException(new InputProblem("instrument", $"The instrument profile file is not valid: {e.Message}"));
        }
        foreach (var p in list)
        {
            Check(p);
        }
        return list;
    }

    private static InstrumentProfile ParseProfile(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        e.GetProperty("name").GetString()!,
        e.GetProperty("goniometerProfileId").GetString()!,
        Limit(e.GetProperty("twoThetaMinDeg")),
        Limit(e.GetProperty("twoThetaMaxDeg")),
        Limit(e.GetProperty("energyMinKeV")),
        Limit(e.GetProperty("energyMaxKeV")));

    private static InstrumentLimit Limit(JsonElement e) => new(
        e.GetProperty("value").GetDouble(),
        e.TryGetProperty("source", out var s) ? s.GetString() : null,
        e.TryGetProperty("assumption", out var a) && a.GetBoolean(),
        e.TryGetProperty("note", out var n) ? n.GetString() : null);

    private static void Check(InstrumentProfile p)
    {
        foreach (var (field, limit) in p.Limits)
        {
            if (limit.Assumption ? string.IsNullOrWhiteSpace(limit.Note) : string.IsNullOrWhiteSpace(limit.Source))
            {
                throw new InputException(new InputProblem("instrument",
                    $"Profile {p.Id}, {field}: a limit needs a source, or assumption: true with a note to show on screen."));
            }
        }
        if (!(p.TwoThetaMinDeg.Value >= 0 && p.TwoThetaMinDeg.Value < p.TwoThetaMaxDeg.Value && p.TwoThetaMaxDeg.Value <= 180)
            || !(p.EnergyMinKeV.Value > 0 && p.EnergyMinKeV.Value < p.EnergyMaxKeV.Value))
        {
            throw new InputException(new InputProblem("instrument", $"Profile {p.Id}: limits out of order or out of range."));
        }
    }
}
