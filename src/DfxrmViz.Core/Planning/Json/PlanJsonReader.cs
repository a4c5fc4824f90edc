using System.Text.Json;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>Reads the fields of a plan from a JSON object into a <see cref="Plan"/> (docs/api.md "The plan"): a field that is
/// absent keeps the seed's value, JSON null means "not given" where the plan allows it. The single endpoints read their
/// plan-named fields through the same function, so both accept the same names, values and defaults.</summary>
public static class PlanJsonReader
{
    /// <summary>Every plan field of <paramref name="f"/> applied to <paramref name="seed"/>; <c>crystal</c> must be read by the caller.</summary>
    public static Plan ReadInto(JsonFields f, Plan seed)
    {
        ArgumentNullException.ThrowIfNull(f);
        var p = seed;
        if (f.Present("version") && f.IntOrNull("version", int.MinValue, int.MaxValue) is int version && version != Plan.CurrentVersion)
        {
            throw JsonFields.Error(f.PathOf("version"), $"is {version}; this server reads plan version {Plan.CurrentVersion}.");
        }
        if (f.StringOrNull("technique", 32) is { } technique)
        {
            p = p with { Technique = technique == "dfxm" ? technique : throw JsonFields.Error(f.PathOf("technique"), $"is '{technique}'; only \"dfxm\" exists so far.") };
        }
        p = p with
        {
            EnergyKeV = f.Number("energyKeV", p.EnergyKeV),
            SampleUm = f.Get("sampleUm") is { } s ? PlanPartsReader.Sample(s, f.PathOf("sampleUm")) : p.SampleUm,
            Table = f.Enum("table", p.Table, ("elam", AttenuationTable.Elam), ("chantler", AttenuationTable.Chantler)),
            Kind = f.Enum("kind", p.Kind, ("total", AttenuationKind.Total), ("photo", AttenuationKind.Photo)),
            WarnBelowPercent = f.Number("warnBelowPercent", p.WarnBelowPercent),
            Instrument = f.StringOrNull("instrument", PlanLimits.MaxNameLength) ?? p.Instrument,
            TwoThetaMinDeg = f.Present("twoThetaMinDeg") ? f.NumberOrNull("twoThetaMinDeg") : p.TwoThetaMinDeg,
            TwoThetaMaxDeg = f.Present("twoThetaMaxDeg") ? f.NumberOrNull("twoThetaMaxDeg") : p.TwoThetaMaxDeg,
            Anomalous = f.Bool("anomalous", p.Anomalous),
            F0 = f.Enum("f0", p.F0, ("it92", FormFactorTable.It92), ("wk", FormFactorTable.WaasmaierKirfel)),
            Hkl = Optional(f, "hkl", p.Hkl, PlanPartsReader.Hkl),
            Up = OptionalRef(f, "up", p.Up, PlanPartsReader.Vector),
            Front = OptionalRef(f, "front", p.Front, PlanPartsReader.Vector),
            BeamExit = OptionalRef(f, "beamExit", p.BeamExit, PlanPartsReader.Vector),
            BeamRule = f.Enum("beamRule", p.BeamRule, ("exitSurface", BeamRule.ExitSurface), ("shortestPath", BeamRule.ShortestPath),
                ("direction", BeamRule.Direction)),
            AzimuthDeg = f.Number("azimuthDeg", p.AzimuthDeg),
            Goniometer = f.StringOrNull("goniometer", PlanLimits.MaxNameLength) ?? p.Goniometer,
            LimitsDeg = f.Present("limitsDeg") ? (f.Get("limitsDeg") is { } l ? PlanPartsReader.Limits(l, f.PathOf("limitsDeg")) : ValueMap<AxisRangeDeg>.Empty) : p.LimitsDeg,
            FixedAxis = OptionalRef(f, "fixedAxis", p.FixedAxis, PlanPartsReader.FixedAxis),
            Solution = f.Present("solution") ? f.IntOrNull("solution", 0, 1000) : p.Solution,
            MountCheck = OptionalRef(f, "mountCheck", p.MountCheck, PlanPartsReader.MountCheck),
            Lens = OptionalRef(f, "lens", p.Lens, PlanPartsReader.Lens),
            Distance = PlanPartsReader.Distance(f, p.Distance),
            LensModel = f.Enum("lensModel", p.LensModel, ("thick", Optics.LensModel.Thick), ("thin", Optics.LensModel.Thin)),
            ApertureRadiusUm = f.Present("apertureRadiusUm") ? f.NumberOrNull("apertureRadiusUm") : p.ApertureRadiusUm,
            WebThicknessUm = f.Present("webThicknessUm") ? f.NumberOrNull("webThicknessUm") : p.WebThicknessUm,
            View = f.Get("view") is { } v ? View(v, f.PathOf("view")) : p.View,
        };
        return p;
    }

    private static T? Optional<T>(JsonFields f, string name, T? current, Func<JsonElement, string, T> read) where T : struct =>
        !f.Present(name) ? current : f.Get(name) is { } v ? read(v, f.PathOf(name)) : null;

    private static T? OptionalRef<T>(JsonFields f, string name, T? current, Func<JsonElement, string, T> read) where T : class =>
        !f.Present(name) ? current : f.Get(name) is { } v ? read(v, f.PathOf(name)) : null;

    /// <summary><c>view</c>: the 3D-view options; a missing option keeps its default.</summary>
    public static ViewOptions View(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.View);
        var d = ViewOptions.Default;
        return new ViewOptions(
            f.Enum("projection", d.Projection, ("orthographic", Projection.Orthographic), ("perspective", Projection.Perspective)),
            f.Bool("showCell", d.ShowCell), f.Bool("showLens", d.ShowLens), f.Bool("showGoniometer", d.ShowGoniometer),
            f.Bool("showBeams", d.ShowBeams), f.Bool("showLabels", d.ShowLabels),
            f.Number("sampleScale", d.SampleScale), f.Number("beamExtensionFrontUm", d.BeamExtensionFrontUm),
            f.Number("beamExtensionBackUm", d.BeamExtensionBackUm), f.Number("beamWidthUm", d.BeamWidthUm),
            f.Number("beamThicknessUm", d.BeamThicknessUm), f.NumberOrNull("structureScale"),
            f.Get("structureOffsetUm") is { } o ? PlanPartsReader.Vec3Of(o, f.PathOf("structureOffsetUm")) : null,
            f.Enum("cellRange", d.CellRange, ("cell", CellRange.Cell), ("extended", CellRange.Extended)),
            f.Present("polyhedraElements") ? Elements(f, "polyhedraElements") : d.PolyhedraElements,
            f.Number("polyhedraRadiusA", d.PolyhedraRadiusA),
            f.Present("bondElements") ? Elements(f, "bondElements") : d.BondElements,
            f.Number("bondMinA", d.BondMinA), f.Number("bondMaxA", d.BondMaxA),
            f.Bool("magnificationBehindLens", d.MagnificationBehindLens),
            f.Get("camera") is { } c ? Camera(c, f.PathOf("camera")) : null);
    }

    private static ValueList<string> Elements(JsonFields f, string name)
    {
        var items = f.ArrayOrNull(name, PlanLimits.MaxElements) ?? [];
        return new ValueList<string>(items.Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString()!.Length is > 0 and <= 3
            ? e.GetString()! : throw JsonFields.Error($"{f.PathOf(name)}[{i}]", "must be an element symbol such as \"Nb\".")));
    }

    private static CameraState Camera(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.Camera);
        Vec3 Required(string n) => f.Get(n) is { } e ? PlanPartsReader.Vec3Of(e, f.PathOf(n)) : throw JsonFields.Error(f.PathOf(n), "is required.");
        return new CameraState(Required("position"), Required("target"), Required("up"), f.Number("zoom", 1));
    }
}
