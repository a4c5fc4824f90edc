using System.Globalization;
using System.Text;
using DfxrmViz.Core.Planning;
using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Logbook;

namespace DfxrmViz.Export.Files;

/// <summary>One exported file: the name to save it under, its media type and its bytes.</summary>
public sealed record PlanFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>A file that cannot be made from this plan's results (e.g. no reflection table, no orientation for the scene);
/// the message says why in the words of the stage that stopped.</summary>
public sealed class PlanFileUnavailableException : Exception
{
    public PlanFileUnavailableException() : this("The file cannot be made from this plan.") { }

    public PlanFileUnavailableException(string message) : base(message) { }

    public PlanFileUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>The files the page and the API offer for a plan (docs/api.md "Saved plans, live rooms, exports"), all made from one
/// <see cref="PlanResults"/> so every file shows the page's numbers.</summary>
public static class PlanFiles
{
    public const string ReportPdf = "report.pdf";
    public const string SceneGlb = "scene.glb";
    public const string ReflectionsCsv = "reflections.csv";
    public const string AttenuationCsv = "attenuation.csv";
    public const string PlanJson = "plan.json";

    /// <summary>CSV (RFC 4180 §3), UTF-8.</summary>
    public const string CsvMediaType = "text/csv; charset=utf-8";

    /// <summary>JSON (RFC 8259).</summary>
    public const string JsonMediaType = "application/json; charset=utf-8";

    /// <summary>Every file name, in the order the page lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [ReportPdf, SceneGlb, ReflectionsCsv, AttenuationCsv, PlanJson];

    /// <summary>The file <paramref name="name"/> (one of <see cref="Names"/>) of fully computed <paramref name="results"/>.</summary>
    /// <exception cref="PlanFileUnavailableException">a stage the file needs has no value.</exception>
    /// <exception cref="ArgumentException">an unknown file name.</exception>
    public static PlanFile Make(string name, PlanResults results, LogbookContext context)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        var stem = Stem(results);
        var crystal = results.Crystal.Value ?? throw Unavailable(results.Crystal.Problem?.Message ?? "The crystal cannot be read.");
        return name switch
        {
            ReportPdf => new(stem + "-report.pdf", ExportMediaTypes.Pdf,
                PdfReportWriter.Write(LogbookReportLayout.Build(PlanLogbook.Of(results, context)))),
            SceneGlb => new(stem + "-scene.glb", ExportMediaTypes.GltfBinary,
                Gltf.SceneGlb.Write(results.Scene.Value ?? throw Unavailable(results.Scene.Problem?.Message ?? "There is no 3D scene."))),
            ReflectionsCsv => new(stem + "-reflections.csv", CsvMediaType, Utf8(Core.Planning.ReflectionsCsv.Write(
                results.Reflections.Value ?? throw Unavailable(results.Reflections.Problem?.Message ?? "The reflection table was not computed."),
                crystal.Summary.Name, results.Reachability.Value))),
            AttenuationCsv => new(stem + "-attenuation.csv", CsvMediaType, Utf8(Files.AttenuationCsv.Write(
                results.AttenuationCurve.Value ?? throw Unavailable(results.AttenuationCurve.Problem?.Message ?? "There is no attenuation curve."),
                crystal.Summary.Name, results.Plan.SampleUm.Thickness, results.Absorption.Value))),
            PlanJson => new(stem + "-plan.json", JsonMediaType, Core.Planning.Json.PlanJson.WriteUtf8(results.Plan)),
            _ => throw new ArgumentException($"'{name}' is not an export; the files are {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Characters of the crystal's name kept in a download's file name (a CIF's name may be 5 000 characters long;
    /// file systems take 255 bytes).</summary>
    public const int MaxStemNameLength = 40;

    /// <summary>"dfxrmviz-LiNbO3-1_m1_2-17keV": crystal (at most <see cref="MaxStemNameLength"/> characters of its name),
    /// reflection and energy in ASCII letters, digits and '-' only.</summary>
    public static string Stem(PlanResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var name = results.Crystal.Value?.Source.Builtin ?? results.Crystal.Value?.Summary.Name ?? "plan";
        name = name.Length > MaxStemNameLength ? name[..MaxStemNameLength] : name;
        var hkl = results.Selection.Value?.Hkl is { } h ? "-" + string.Join('_', new[] { h.H, h.K, h.L }.Select(i => i < 0 ? "m" + -i : i.ToString(CultureInfo.InvariantCulture))) : "";
        var raw = $"dfxrmviz-{name}{hkl}-{NumberText.KeV(results.Plan.EnergyKeV)}keV";
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch == '-' ? ch : ch == '.' ? 'p' : '_');
        }
        return sb.ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static PlanFileUnavailableException Unavailable(string why) => new(why);
}
