using System.Text.Json;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>Readers of the parts of a plan (docs/api.md "The plan"), shared by the plan reader and the single endpoints so
/// both read a field the same way and refuse it with the same message.</summary>
public static class PlanPartsReader
{
    /// <summary><c>crystal</c>: <c>{"builtin": id}</c> or <c>{"cif": text, "fileName"?, "block"?}</c>.</summary>
    public static CrystalSource Crystal(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.Crystal);
        var builtin = f.StringOrNull("builtin", PlanLimits.MaxNameLength);
        var cif = f.StringOrNull("cif", PlanLimits.MaxCifBytes);
        var fileName = f.StringOrNull("fileName", PlanLimits.MaxNameLength);
        var block = f.StringOrNull("block", PlanLimits.MaxNameLength);
        return (builtin, cif) switch
        {
            ({ } id, null) when fileName is null && block is null => CrystalSource.BuiltIn(id),
            ({ }, null) => throw JsonFields.Error(path, "names a built-in crystal: 'fileName' and 'block' belong to CIF text only."),
            (null, { } text) when string.IsNullOrWhiteSpace(text) => throw JsonFields.Error($"{path}.cif", "is empty: give the CIF text."),
            (null, { } text) => CrystalSource.FromCif(text, fileName, block),
            (null, null) => throw JsonFields.Error(path, "needs 'builtin' (an id from GET /api/v1/crystals) or 'cif' (CIF text)."),
            _ => throw JsonFields.Error(path, "gives both 'builtin' and 'cif'; give one."),
        };
    }

    /// <summary><c>sampleUm</c>: each size optional (the plan default for a missing one).</summary>
    public static SampleSizeUm Sample(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.Sample);
        var d = SampleSizeUm.Default;
        return new SampleSizeUm(f.Number("height", d.Height), f.Number("width", d.Width), f.Number("thickness", d.Thickness));
    }

    /// <summary><c>hkl</c>: three integers.</summary>
    public static Hkl Hkl(JsonElement v, string path)
    {
        var items = JsonFields.Array(v, path, 3);
        if (items.Count != 3)
        {
            throw JsonFields.Error(path, $"must be three integers [h, k, l]; got {items.Count} values.");
        }
        var i = items.Select((e, n) => JsonFields.Integer(e, $"{path}[{n}]", -PlanLimits.MaxIndex, PlanLimits.MaxIndex)).ToArray();
        return new Hkl(i[0], i[1], i[2]);
    }

    /// <summary><c>up</c>, <c>front</c>, <c>beamExit</c>: <c>{"hkl": [..]}</c> (plane normal) or <c>{"uvw": [..]}</c> (direction).</summary>
    public static LatticeVector Vector(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.Vector);
        var (indices, kind, name) = (f.Get("hkl"), f.Get("uvw")) switch
        {
            ({ } h, null) => (h, LatticeVectorKind.Plane, "hkl"),
            (null, { } u) => (u, LatticeVectorKind.Direction, "uvw"),
            (null, null) => throw JsonFields.Error(path, "needs {\"hkl\": [h, k, l]} (a plane normal) or {\"uvw\": [u, v, w]} (a direction)."),
            _ => throw JsonFields.Error(path, "gives both 'hkl' and 'uvw'; give one."),
        };
        return new LatticeVector(Vec3Of(indices, f.PathOf(name)), kind);
    }

    /// <summary>Three finite numbers [x, y, z].</summary>
    public static Vec3 Vec3Of(JsonElement v, string path)
    {
        var items = JsonFields.Array(v, path, 3);
        if (items.Count != 3)
        {
            throw JsonFields.Error(path, $"must be three numbers; got {items.Count}.");
        }
        var x = items.Select((e, n) => JsonFields.Finite(e, $"{path}[{n}]")).ToArray();
        return new Vec3(x[0], x[1], x[2]);
    }

    /// <summary><c>limitsDeg</c>: <c>{"axis": [min, max]}</c>; also the older <c>{"axis": {"minDeg", "maxDeg"}}</c> of the orientation endpoint.</summary>
    public static ValueMap<AxisRangeDeg> Limits(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw JsonFields.Error(path, $"must be an object {{ \"<axis>\": [min, max] }}, not {JsonFields.Kind(v)}.");
        }
        var result = new List<KeyValuePair<string, AxisRangeDeg>>();
        foreach (var p in v.EnumerateObject())
        {
            var at = JsonFields.Join(path, p.Name);
            if (result.Count >= 16 || result.Any(r => string.Equals(r.Key, p.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw JsonFields.Error(at, result.Count >= 16 ? "is one axis too many (at most 16)." : "appears twice.");
            }
            AxisRangeDeg range;
            if (p.Value.ValueKind == JsonValueKind.Object)
            {
                var f = JsonFields.Of(p.Value, at, ["minDeg", "maxDeg"]);
                range = new AxisRangeDeg(f.RequiredNumber("minDeg"), f.RequiredNumber("maxDeg"));
            }
            else
            {
                var pair = JsonFields.Array(p.Value, at, 2);
                if (pair.Count != 2)
                {
                    throw JsonFields.Error(at, "must be [min, max] in degrees.");
                }
                range = new AxisRangeDeg(JsonFields.Finite(pair[0], at + "[0]"), JsonFields.Finite(pair[1], at + "[1]"));
            }
            result.Add(new(p.Name, range));
        }
        return new ValueMap<AxisRangeDeg>(result);
    }

    /// <summary><c>fixedAxis</c>: <c>{"axis", "valueDeg"?}</c> (valueDeg null = θ of the reflection).</summary>
    public static FixedAxisPlan FixedAxis(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.FixedAxis);
        var axis = f.StringOrNull("axis", 32) ?? throw JsonFields.Error(f.PathOf("axis"), "is required (an axis name, e.g. \"phi\").");
        return new FixedAxisPlan(axis, f.NumberOrNull("valueDeg"));
    }

    /// <summary><c>mountCheck</c>: <c>{"found": [{"hkl", "anglesDeg": {"axis": deg}}], "toleranceDeg"?}</c>.</summary>
    public static MountCheckPlan MountCheck(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.MountCheck);
        var found = f.ArrayOrNull("found", PlanLimits.MaxFoundReflections) ?? [];
        var list = found.Select((e, i) =>
        {
            var at = $"{f.PathOf("found")}[{i}]";
            var r = JsonFields.Of(e, at, PlanFieldNames.Found);
            var hkl = r.Get("hkl") is { } h ? Hkl(h, r.PathOf("hkl")) : throw JsonFields.Error(r.PathOf("hkl"), "is required.");
            var angles = r.Get("anglesDeg") is { } a ? Angles(a, r.PathOf("anglesDeg")) : throw JsonFields.Error(r.PathOf("anglesDeg"), "is required.");
            return new FoundReflectionPlan(hkl, angles);
        });
        return new MountCheckPlan(new ValueList<FoundReflectionPlan>(list), f.Number("toleranceDeg", 0.5));
    }

    /// <summary><c>lens</c>: <c>{"builtin"}</c> or <c>{"text", "fileName"?}</c>.</summary>
    public static LensSource Lens(JsonElement v, string path)
    {
        var f = JsonFields.Of(v, path, PlanFieldNames.Lens);
        var builtin = f.StringOrNull("builtin", PlanLimits.MaxNameLength);
        var text = f.StringOrNull("text", PlanLimits.MaxLensBytes);
        var fileName = f.StringOrNull("fileName", PlanLimits.MaxNameLength);
        return (builtin, text) switch
        {
            ({ } id, null) when fileName is null => new LensSource(id),
            ({ }, null) => throw JsonFields.Error(path, "names a built-in lens box: 'fileName' belongs to uploaded text only."),
            (null, { } t) => new LensSource(null, t, fileName),
            (null, null) => throw JsonFields.Error(path, "needs 'builtin' (e.g. \"id06\") or 'text' (a .lens file); null means no lens."),
            _ => throw JsonFields.Error(path, "gives both 'builtin' and 'text'; give one."),
        };
    }

    /// <summary><c>dTotPrimeMm</c> | <c>dTotMm</c> of an object: one of them, or <paramref name="fallback"/> when neither.</summary>
    public static LensDistance Distance(JsonFields f, LensDistance fallback) => (f.NumberOrNull("dTotPrimeMm"), f.NumberOrNull("dTotMm")) switch
    {
        (double p, null) => new LensDistance(p, true),
        (null, double d) => new LensDistance(d, false),
        (null, null) => fallback,
        _ => throw JsonFields.Error(f.PathOf("dTotMm"), "and 'dTotPrimeMm' are both given; give one (d_tot = d_tot′ / cos 2θ)."),
    };

    private static ValueMap<double> Angles(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw JsonFields.Error(path, $"must be an object {{ \"<axis>\": degrees }}, not {JsonFields.Kind(v)}.");
        }
        var angles = new List<KeyValuePair<string, double>>();
        foreach (var p in v.EnumerateObject())
        {
            var at = JsonFields.Join(path, p.Name);
            if (angles.Count >= 16 || angles.Any(a => string.Equals(a.Key, p.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw JsonFields.Error(at, angles.Count >= 16 ? "is one axis too many (at most 16)." : "appears twice.");
            }
            angles.Add(new(p.Name, JsonFields.Finite(p.Value, at)));
        }
        return new ValueMap<double>(angles);
    }
}
