using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>The bytes of a <see cref="ReflectionsResponseDto"/> as minimal APIs' System.Text.Json options write them (web
/// defaults: camelCase, nulls written; ASP.NET Core's relaxed encoder), written field by field. The generated fast path cannot
/// serve those options (it pre-encodes names with the default encoder), and the metadata walk over 100+ rows of int[][]
/// equivalents was half of POST /api/v1/reflections. Same bytes as the serializer: ReflectionsJsonTests, ReflectionsGoldenTests.</summary>
public static class ReflectionsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>UTF-8 JSON of <paramref name="response"/>.</summary>
    public static byte[] Utf8(ReflectionsResponseDto response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = new ArrayBufferWriter<byte>(256 + 256 * response.Reflections.Count);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("wavelengthA", response.WavelengthA);
            w.WriteNumber("energyKeV", response.EnergyKeV);
            w.WriteNumber("twoThetaMinDeg", response.TwoThetaMinDeg);
            w.WriteNumber("twoThetaMaxDeg", response.TwoThetaMaxDeg);
            w.WriteString("formFactors", response.FormFactors);
            w.WriteBoolean("anomalous", response.Anomalous);
            Ints(w, "defaultHkl", response.DefaultHkl);
            w.WriteStartArray("reflections");
            foreach (var r in response.Reflections)
            {
                Row(w, r);
            }
            w.WriteEndArray();
            w.WriteString("windowNote", response.WindowNote);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Row(Utf8JsonWriter w, ReflectionDto r)
    {
        w.WriteStartObject();
        Ints(w, "hkl", r.Hkl);
        w.WriteNumber("dA", r.DA);
        w.WriteNumber("twoThetaDeg", r.TwoThetaDeg);
        w.WriteNumber("f2", r.F2);
        w.WriteNumber("relativeIntensityPercent", r.RelativeIntensityPercent);
        w.WriteNumber("multiplicity", r.Multiplicity);
        w.WriteStartArray("equivalents");
        foreach (var e in r.Equivalents)
        {
            Ints(w, null, e);
        }
        w.WriteEndArray();
        w.WriteBoolean("absent", r.Absent);
        w.WriteString("absentBy", r.AbsentBy);
        w.WriteEndObject();
    }

    private static void Ints(Utf8JsonWriter w, string? name, int[]? values)
    {
        if (values is null)
        {
            w.WriteNull(name!);
            return;
        }
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }
        w.WriteEndArray();
    }
}
