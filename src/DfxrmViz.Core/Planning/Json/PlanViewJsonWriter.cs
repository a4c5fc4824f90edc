using System.Text.Json;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>Writes the <c>view</c> part of the normalised plan (3D-view options and camera).</summary>
public static class PlanViewJsonWriter
{
    /// <summary>Writes <c>view</c>, every option in the order of <see cref="PlanFieldNames.View"/>.</summary>
    public static void Write(Utf8JsonWriter w, ViewOptions v)
    {
        w.WriteStartObject("view");
        w.WriteString("projection", v.Projection == Projection.Orthographic ? "orthographic" : "perspective");
        w.WriteBoolean("showCell", v.ShowCell);
        w.WriteBoolean("showLens", v.ShowLens);
        w.WriteBoolean("showGoniometer", v.ShowGoniometer);
        w.WriteBoolean("showBeams", v.ShowBeams);
        w.WriteBoolean("showLabels", v.ShowLabels);
        w.WriteNumber("sampleScale", v.SampleScale);
        w.WriteNumber("beamExtensionFrontUm", v.BeamExtensionFrontUm);
        w.WriteNumber("beamExtensionBackUm", v.BeamExtensionBackUm);
        w.WriteNumber("beamWidthUm", v.BeamWidthUm);
        w.WriteNumber("beamThicknessUm", v.BeamThicknessUm);
        PlanJsonWriter.NumberOrNull(w, "structureScale", v.StructureScale);
        w.WritePropertyName("structureOffsetUm");
        if (v.StructureOffsetUm is { } o)
        {
            PlanJsonWriter.Vec(w, o);
        }
        else
        {
            w.WriteNullValue();
        }
        w.WriteString("cellRange", v.CellRange == CellRange.Cell ? "cell" : "extended");
        Strings(w, "polyhedraElements", v.PolyhedraElements);
        w.WriteNumber("polyhedraRadiusA", v.PolyhedraRadiusA);
        Strings(w, "bondElements", v.BondElements);
        w.WriteNumber("bondMinA", v.BondMinA);
        w.WriteNumber("bondMaxA", v.BondMaxA);
        w.WriteBoolean("magnificationBehindLens", v.MagnificationBehindLens);
        w.WritePropertyName("camera");
        if (v.Camera is { } c)
        {
            w.WriteStartObject();
            w.WritePropertyName("position");
            PlanJsonWriter.Vec(w, c.Position);
            w.WritePropertyName("target");
            PlanJsonWriter.Vec(w, c.Target);
            w.WritePropertyName("up");
            PlanJsonWriter.Vec(w, c.Up);
            w.WriteNumber("zoom", c.Zoom);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, ValueList<string>? items)
    {
        w.WriteStartArray(name);
        foreach (var s in items ?? ValueList<string>.Empty)
        {
            w.WriteStringValue(s);
        }
        w.WriteEndArray();
    }
}
