using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>The bytes of a <see cref="ReflectionsResponseDto"/> (of a reflection table) as minimal APIs' System.Text.Json options write them (web
/// defaults: camelCase, nulls written; ASP.NET Core's relaxed encoder), written field by field. The generated fast path cannot
/// serve those options (it pre-encodes names with the default encoder), and the metadata walk over 100+ rows of int[][]
/// equivalents was half of POST /api/v1/reflections. Same bytes as the serializer: ReflectionsJsonTests, ReflectionsGoldenTests.</summary>
public static class ReflectionsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // Names encoded once (ASCII camelCase: the same bytes under any encoder), not transcoded and escape-checked per row.
    private static readonly JsonEncodedText WavelengthA = JsonEncodedText.Encode("wavelengthA");
    private static readonly JsonEncodedText EnergyKeV = JsonEncodedText.Encode("energyKeV");
    private static readonly JsonEncodedText TwoThetaMinDeg = JsonEncodedText.Encode("twoThetaMinDeg");
    private static readonly JsonEncodedText TwoThetaMaxDeg = JsonEncodedText.Encode("twoThetaMaxDeg");
    private static readonly JsonEncodedText FormFactors = JsonEncodedText.Encode("formFactors");
    private static readonly JsonEncodedText Anomalous = JsonEncodedText.Encode("anomalous");
    private static readonly JsonEncodedText Reflections = JsonEncodedText.Encode("reflections");
    private static readonly JsonEncodedText WindowNote = JsonEncodedText.Encode("windowNote");
    private static readonly JsonEncodedText DA = JsonEncodedText.Encode("dA");
    private static readonly JsonEncodedText TwoThetaDeg = JsonEncodedText.Encode("twoThetaDeg");
    private static readonly JsonEncodedText F2 = JsonEncodedText.Encode("f2");
    private static readonly JsonEncodedText RelativeIntensityPercent = JsonEncodedText.Encode("relativeIntensityPercent");
    private static readonly JsonEncodedText Multiplicity = JsonEncodedText.Encode("multiplicity");
    private static readonly JsonEncodedText Equivalents = JsonEncodedText.Encode("equivalents");
    private static readonly JsonEncodedText Absent = JsonEncodedText.Encode("absent");
    private static readonly JsonEncodedText AbsentBy = JsonEncodedText.Encode("absentBy");
    private static readonly JsonEncodedText DefaultHkl = JsonEncodedText.Encode("defaultHkl");
    private static readonly JsonEncodedText Hkl = JsonEncodedText.Encode("hkl");

    // A table is immutable and the pipeline's memo hands out the same instance for the same request: its bytes are written
    // once and live as long as it does. Callers never change the array (Results.Bytes only sends it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReflectionTable, byte[]> Written = [];

    /// <summary>UTF-8 JSON of <c>ReflectionsResponseDto.From(table)</c>, written from the table itself (no DTO of arrays per row),
    /// once per table instance.</summary>
    public static byte[] Utf8(ReflectionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Written.GetValue(table, Write);
    }

    private static byte[] Write(ReflectionTable table)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + 256 * table.Rows.Length);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber(WavelengthA, table.WavelengthA);
            w.WriteNumber(EnergyKeV, table.EnergyKeV);
            w.WriteNumber(TwoThetaMinDeg, table.TwoThetaMinDeg);
            w.WriteNumber(TwoThetaMaxDeg, table.TwoThetaMaxDeg);
            w.WriteString(FormFactors, ReflectionsResponseDto.FormFactorsName(table.Options));
            w.WriteBoolean(Anomalous, table.Options.Anomalous);
            if (table.DefaultReflection is { } d)
            {
                w.WritePropertyName(DefaultHkl);
                HklValue(w, d.Hkl);
            }
            else
            {
                w.WriteNull(DefaultHkl);
            }
            w.WriteStartArray(Reflections);
            foreach (var r in table.Rows)
            {
                Row(w, r);
            }
            w.WriteEndArray();
            w.WriteString(WindowNote, table.WindowNote);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Row(Utf8JsonWriter w, Reflection r)
    {
        w.WriteStartObject();
        w.WritePropertyName(Hkl);
        HklValue(w, r.Hkl);
        w.WriteNumber(DA, r.DA);
        w.WriteNumber(TwoThetaDeg, r.TwoThetaDeg);
        w.WriteNumber(F2, r.F2);
        w.WriteNumber(RelativeIntensityPercent, r.RelativeIntensityPercent);
        w.WriteNumber(Multiplicity, r.Multiplicity);
        w.WriteStartArray(Equivalents);
        foreach (var e in r.Equivalents)
        {
            HklValue(w, e);
        }
        w.WriteEndArray();
        w.WriteBoolean(Absent, r.Absent);
        w.WriteString(AbsentBy, r.AbsentBy);
        w.WriteEndObject();
    }

    private static void HklValue(Utf8JsonWriter w, Core.Scattering.Hkl hkl)
    {
        w.WriteStartArray();
        w.WriteNumberValue(hkl.H);
        w.WriteNumberValue(hkl.K);
        w.WriteNumberValue(hkl.L);
        w.WriteEndArray();
    }
}
