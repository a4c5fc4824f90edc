using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Export.Files;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Export.Tests.Gltf;
using DfxrmViz.Export.Tests.Pdf;
using static DfxrmViz.Core.Tests.Hostile.HostilePayloads;

namespace DfxrmViz.Export.Tests.Hostile;

/// <summary>Issue 15 "Hostile text": each payload of <see cref="Core.Tests.Hostile.HostilePayloads"/> in the CIF's data name,
/// chemical name and atom label, the CIF's file name, the .lens file's name and a .lens key reaches report.pdf as literal text
/// (poppler's pdftotext reads it back; control characters and lone surrogates printed as U+FFFD), the PDF renders
/// (pdftoppm, every page, no complaint), and scene.glb holds the CIF's strings only as JSON string values.</summary>
public partial class HostileReportTextTests
{
    private static readonly string Id06 = EmbeddedData.ReadText("Lenses/id06.lens");

    /// <summary>The plan with the payload in every free text; a .lens key only where TOML can hold it (no control character).</summary>
    private static Plan PlanWith(string payload)
    {
        var key = payload.Any(char.IsControl) ? "" : payload.Contains('"', StringComparison.Ordinal) ? $"'{payload}' = 1\n" : $"\"{payload}\" = 1\n";
        return Plan.Example with
        {
            Crystal = CrystalSource.FromCif(Cif(payload), payload),
            Hkl = new Hkl(2, 2, 0),
            Lens = new LensSource(null, key + Id06, payload),
        };
    }

    private static PlanResults Computed(string payload)
    {
        var results = new PlanPipeline().Compute(PlanWith(payload));
        Assert.True(results.Crystal.Problem is null, results.Crystal.Problem?.Located);
        Assert.True(results.Lens?.Problem is null, results.Lens?.Problem?.Located);
        return results;
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Core.Tests.Hostile.HostilePayloads))]
    public void Every_payload_is_literal_text_in_a_pdf_that_renders(string name)
    {
        var payload = Named(name);
        var results = Computed(payload);
        var pdf = PlanFiles.Make(PlanFiles.ReportPdf, results, new LogbookContext(SampleModels.Time, "https://dfxrmviz.example.org/p/1")).Bytes;
        var path = PdfArtifacts.Save($"hostile-{name}.pdf", pdf);

        var text = Body(ExternalTool.Run("pdftotext", "poppler-utils", "-enc", "UTF-8", path, "-"));
        var printed = AsPrinted(Cut(payload));
        string[] expected =
        [
            $"DFXM plan: {AsPrinted(Cut(ChemicalName(payload)))} (2 2 0) at 17 keV", // title (a CIF cannot hold control characters)
            $"{printed}, CIF of {results.Plan.Crystal.Cif!.Length} characters", // Plan inputs: Crystal = the file name
            $"uploaded CIF {printed}, block {AsPrinted(Cut(DataName(payload)))}", // Crystal: Source
            $"{printed} (uploaded)", // Plan inputs: Lens
        ];
        if (!payload.Any(char.IsControl))
        {
            expected = [.. expected, $"keys that were not used: {printed} (line 1)"]; // warnings: the .lens key
        }
        if (payload.Length > 200)
        {
            Assert.Contains("… (5000 characters)", text, StringComparison.Ordinal);
        }
        // A word wraps anywhere when it is wider than its column: compared without white space...
        Assert.All(expected, e => Assert.Contains(Squashed(e), Squashed(text), StringComparison.Ordinal));
        // ... and the title, one line for a short name, as it is, spaces and all.
        if (expected[0].Length < 80)
        {
            Assert.Contains(expected[0], Spaced(text), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
        if (payload.Any(char.IsControl) || payload.Any(char.IsSurrogate))
        {
            Assert.Contains('\uFFFD', text);
        }

        // Valid: poppler renders every page without a word on stderr, and as many pages as PdfPig counts.
        var pages = PdfReadBack.PageTexts(pdf).Count;
        var (_, stderr) = ExternalTool.RunBoth("pdftoppm", "poppler-utils", "-r", "12", "-png", path, path + "-render");
        Assert.Equal("", stderr);
        Assert.Equal(pages, Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "-render*.png").Length);
    }

    [Fact]
    public void Right_to_left_override_is_kept_but_the_pdf_draws_the_letters_in_the_order_typed()
    {
        var pdf = PlanFiles.Make(PlanFiles.ReportPdf, Computed(Rtl), new LogbookContext(SampleModels.Time, null)).Bytes;
        var letters = PdfReadBack.Letters(pdf, 1);
        // The first "evil…fdp.cif" on page 1: its letters left to right as typed (the PDF has no bidi algorithm), so the
        // override cannot make "fdp.cif" look like "fic.pdf" on paper.
        var start = Enumerable.Range(0, letters.Count - 4).First(i => string.Concat(letters.Skip(i).Take(4).Select(l => l.Value)) == "evil");
        var run = letters.Skip(start).TakeWhile(l => l.Value != " " && l.Value != ",").Take(Rtl.Length).ToList();
        Assert.Equal(Rtl, string.Concat(run.Select(l => l.Value)));
        var xs = run.Where(l => l.Value != "\u202E").Select(l => l.StartBaseLine.X).ToList();
        Assert.Equal(xs.Order(), xs);
    }

    [Fact]
    public void A_cif_with_control_characters_is_refused_naming_the_line_and_the_character()
    {
        var problem = new PlanPipeline().Compute(Plan.Example with { Crystal = CrystalSource.FromCif(Cif("x") + "# " + Controls + "\n", "c.cif") }).Crystal.Problem;
        Assert.NotNull(problem);
        Assert.Contains("control character U+0000", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Cif("x").Count(c => c == '\n') + 1, problem.Line);
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Core.Tests.Hostile.HostilePayloads))]
    public void The_glb_holds_the_cif_strings_only_as_json_string_values(string name)
    {
        var payload = Named(name);
        var glb = PlanFiles.Make(PlanFiles.SceneGlb, Computed(payload), new LogbookContext(SampleModels.Time, null)).Bytes;
        _ = new GlbReader(glb); // SharpGLTF reads (and validates) it

        // GLB 2.0 (Khronos glTF 2.0 §4.4): 12-byte header, then chunk 0 = length, "JSON", UTF-8 JSON.
        Assert.Equal("JSON", Encoding.ASCII.GetString(glb, 16, 4));
        var chunk = glb.AsSpan(20, BitConverter.ToInt32(glb, 12));
        Assert.DoesNotContain(chunk.ToArray(), b => b < 0x20 && b is not (byte)' ' and not (byte)'\t' and not (byte)'\n' and not (byte)'\r');
        var json = new UTF8Encoding(false, true).GetString(chunk); // strict: throws on invalid UTF-8
        var (values, keys) = Tokens(json);

        var label = AsUtf8(Label(payload));
        Assert.Contains($"atom Si {label}", values);
        Assert.Contains(values, v => v.StartsWith(AsUtf8(ChemicalName(payload)) + " (2 2 0) at 17 keV", StringComparison.Ordinal)); // legend
        Assert.DoesNotContain("injected", keys);
        Assert.All(keys, k => Assert.DoesNotContain(label, k, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("&lt;", StringComparison.Ordinal) || v.Contains("&amp;", StringComparison.Ordinal));
        Assert.DoesNotMatch(LoneSurrogateEscape(), json);
    }

    [Fact]
    public void Two_uploads_of_the_same_cif_each_show_their_own_file_name()
    {
        // The crystal cache keeps the first upload of a text (Core LoadedCrystal.Source); the report must name this plan's file.
        var cif = Cif("shared");
        var pipeline = new PlanPipeline();
        var first = pipeline.Compute(Plan.Example with { Crystal = CrystalSource.FromCif(cif, "first-user.cif"), Hkl = new Hkl(2, 2, 0) });
        var second = pipeline.Compute(Plan.Example with { Crystal = CrystalSource.FromCif(cif, "second-user.cif"), Hkl = new Hkl(2, 2, 0) });
        Assert.Same(first.Crystal.Value, second.Crystal.Value);
        var text = PdfReadBack.AllText(PlanFiles.Make(PlanFiles.ReportPdf, second, new LogbookContext(SampleModels.Time, null)).Bytes);
        Assert.Contains("second-user.cif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first-user", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_download_name_keeps_forty_characters_of_a_long_crystal_name()
    {
        var stem = PlanFiles.Stem(Computed(Long));
        Assert.Equal("dfxrmviz-L" + new string('x', PlanFiles.MaxStemNameLength - 1) + "-2_2_0-17keV", stem);
    }

    /// <summary>Every string value and every property name of the JSON, unescaped.</summary>
    private static (List<string> Values, List<string> Keys) Tokens(string json)
    {
        var (values, keys) = (new List<string>(), new List<string>());
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName)
            {
                keys.Add(reader.GetString()!);
            }
        }
        return (values, keys);
    }

    /// <summary>pdftotext's text without the page furniture (a header cut with "…", the date, the footer, "page N of M")
    /// and without the U+202B/U+202C pair poppler 22.12 (pdftotext, TextOutputDev) puts around a right-to-left character it copies out.</summary>
    private static string Body(string pdftotext) => string.Join("\n", pdftotext.Split('\n').Select(l => l.TrimStart('\f')) // \f: a new page
            .Where(l => !(l.StartsWith("DFXM plan: ", StringComparison.Ordinal) && l.EndsWith('…')) && !Furniture().IsMatch(l)))
        .Replace("\u202B\u202E\u202C", "\u202E", StringComparison.Ordinal);

    /// <summary>A name longer than 200 characters is printed as its first 200 and "… (N characters)" (Export UserText.Cut).</summary>
    private static string Cut(string s) => s.Length > 200 ? s[..200] + $"… ({s.Length} characters)" : s;

    private static string Spaced(string s) => WhiteSpace().Replace(s, " ");

    private static string Squashed(string s) => WhiteSpace().Replace(s, "");

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC|page \d+ of \d+|DfxrmViz \d+\.\d+\.\d+.*)$")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>A \uD800–\uDBFF escape not followed by a \uDC00–\uDFFF one (or a lone low surrogate escape).</summary>
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogateEscape();
}
