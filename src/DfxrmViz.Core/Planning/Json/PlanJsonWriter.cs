using System.Text.Json;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>Writes the normalised plan JSON (docs/api.md "The plan"): every field, defaults filled in, in the order of
/// <see cref="PlanFieldNames.All"/>, enum values as their contract strings, numbers as the shortest text that reads back
/// to the same double. Reading what this writes and writing again gives the same bytes.</summary>
public static class PlanJsonWriter
{
    /// <summary>Writes <paramref name="plan"/> (validated by the caller) as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(plan);
        var window = PlanWindow.Of(plan);
        w.WriteStartObject();
        w.WriteNumber("version", plan.Version);
        w.WriteString("technique", plan.Technique);
        Crystal(w, plan.Crystal);
        w.WriteNumber("energyKeV", plan.EnergyKeV);
        w.WriteStartObject("sampleUm");
        w.WriteNumber("height", plan.SampleUm.Height);
        w.WriteNumber("width", plan.SampleUm.Width);
        w.WriteNumber("thickness", plan.SampleUm.Thickness);
        w.WriteEndObject();
        w.WriteString("table", plan.Table == AttenuationTable.Elam ? "elam" : "chantler");
        w.WriteString("kind", plan.Kind == AttenuationKind.Total ? "total" : "photo");
        w.WriteNumber("warnBelowPercent", plan.WarnBelowPercent);
        w.WriteString("instrument", plan.Instrument);
        w.WriteNumber("twoThetaMinDeg", window.MinDeg);
        w.WriteNumber("twoThetaMaxDeg", window.MaxDeg);
        w.WriteBoolean("anomalous", plan.Anomalous);
        w.WriteString("f0", plan.F0 == FormFactorTable.It92 ? "it92" : "wk");
        w.WritePropertyName("hkl");
        if (plan.Hkl is { } h)
        {
            Ints(w, h);
        }
        else
        {
            w.WriteNullValue();
        }
        Vector(w, "up", plan.Up);
        Vector(w, "front", plan.Front);
        Vector(w, "beamExit", plan.BeamExit);
        w.WriteString("beamRule", BeamRuleName(plan.BeamRule));
        w.WriteNumber("azimuthDeg", plan.AzimuthDeg);
        w.WriteString("goniometer", plan.Goniometer);
        w.WriteStartObject("limitsDeg");
        foreach (var (axis, range) in plan.LimitsDeg)
        {
            w.WriteStartArray(axis);
            w.WriteNumberValue(range.MinDeg);
            w.WriteNumberValue(range.MaxDeg);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        FixedAxis(w, plan.FixedAxis);
        NumberOrNull(w, "solution", plan.Solution);
        MountCheck(w, plan.MountCheck);
        Lens(w, plan.Lens);
        w.WriteNumber(plan.Distance.Projected ? "dTotPrimeMm" : "dTotMm", plan.Distance.Mm);
        w.WriteString("lensModel", plan.LensModel == LensModel.Thick ? "thick" : "thin");
        NumberOrNull(w, "apertureRadiusUm", plan.ApertureRadiusUm);
        NumberOrNull(w, "webThicknessUm", plan.WebThicknessUm);
        PlanViewJsonWriter.Write(w, plan.View);
        w.WriteEndObject();
    }

    /// <summary>The contract name of a beam rule.</summary>
    public static string BeamRuleName(BeamRule rule) => rule switch
    {
        BeamRule.ShortestPath => "shortestPath",
        BeamRule.Direction => "direction",
        _ => "exitSurface",
    };

    private static void Crystal(Utf8JsonWriter w, CrystalSource c)
    {
        w.WriteStartObject("crystal");
        if (c.Builtin is { } id)
        {
            w.WriteString("builtin", id);
        }
        else
        {
            w.WriteString("cif", c.Cif);
            StringIfGiven(w, "fileName", c.FileName);
            StringIfGiven(w, "block", c.Block);
        }
        w.WriteEndObject();
    }

    private static void Vector(Utf8JsonWriter w, string name, LatticeVector? v)
    {
        w.WritePropertyName(name);
        if (v is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WritePropertyName(v.Kind == LatticeVectorKind.Plane ? "hkl" : "uvw");
        Vec(w, v.Indices);
        w.WriteEndObject();
    }

    private static void FixedAxis(Utf8JsonWriter w, FixedAxisPlan? f)
    {
        w.WritePropertyName("fixedAxis");
        if (f is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WriteString("axis", f.Axis);
        NumberOrNull(w, "valueDeg", f.ValueDeg);
        w.WriteEndObject();
    }

    private static void MountCheck(Utf8JsonWriter w, MountCheckPlan? m)
    {
        w.WritePropertyName("mountCheck");
        if (m is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WriteStartArray("found");
        foreach (var f in m.Found)
        {
            w.WriteStartObject();
            w.WritePropertyName("hkl");
            Ints(w, f.Hkl);
            w.WriteStartObject("anglesDeg");
            foreach (var (axis, deg) in f.AnglesDeg)
            {
                w.WriteNumber(axis, deg);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("toleranceDeg", m.ToleranceDeg);
        w.WriteEndObject();
    }

    private static void Lens(Utf8JsonWriter w, LensSource? lens)
    {
        w.WritePropertyName("lens");
        if (lens is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        if (lens.Builtin is { } id)
        {
            w.WriteString("builtin", id);
        }
        else
        {
            w.WriteString("text", lens.Text);
            StringIfGiven(w, "fileName", lens.FileName);
        }
        w.WriteEndObject();
    }

    private static void Ints(Utf8JsonWriter w, Hkl h)
    {
        w.WriteStartArray();
        w.WriteNumberValue(h.H);
        w.WriteNumberValue(h.K);
        w.WriteNumberValue(h.L);
        w.WriteEndArray();
    }

    internal static void Vec(Utf8JsonWriter w, Vec3 v)
    {
        w.WriteStartArray();
        w.WriteNumberValue(v.X);
        w.WriteNumberValue(v.Y);
        w.WriteNumberValue(v.Z);
        w.WriteEndArray();
    }

    internal static void NumberOrNull(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double d)
        {
            w.WriteNumber(name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void StringIfGiven(Utf8JsonWriter w, string name, string? s)
    {
        if (s is not null)
        {
            w.WriteString(name, s);
        }
    }
}
