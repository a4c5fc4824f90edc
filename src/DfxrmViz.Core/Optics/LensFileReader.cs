using System.Globalization;
using System.Text.RegularExpressions;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Elements;

namespace DfxrmViz.Core.Optics;

/// <summary>
/// Reads the upstream .lens format unchanged (DF-XRM_vis 735624f, libs/optics_geometry.py; docs/physics.md §8):
/// series lens_series_0 … 99, separators, the material, the mount point and print flags. Keys it does not use are
/// listed back (as upstream's "… was not used!").
/// </summary>
public static partial class LensFileReader
{
    /// <summary>At most 100 series, lens_series_0 … lens_series_99 (upstream loops over range(100)).</summary>
    public const int MaxSeries = 100;

    /// <summary>Upper bounds that catch typos, far beyond real CRLs (≤ a few hundred lenslets, R ≤ a few mm).</summary>
    private const int MaxLensesPerSeries = 1000;
    private const double MaxLengthMm = 1e5;
    private const double MaxRadiusUm = 1e6;
    private const double MaxVolumeA3 = 1e6;

    /// <summary>Built-in lens boxes, by id (file name without .lens under Data/Lenses).</summary>
    public static IReadOnlyList<string> BuiltinIds { get; } =
        [.. EmbeddedData.List("Lenses/").Where(n => n.EndsWith(".lens", StringComparison.Ordinal))
            .Select(n => n["Lenses.".Length..^".lens".Length]).Order(StringComparer.Ordinal)];

    /// <summary>Reads a built-in box such as <c>id06</c>.</summary>
    /// <exception cref="InputException">unknown id (field <c>lens.builtin</c>).</exception>
    public static LensFile ReadBuiltin(string id) => BuiltinIds.Contains(id, StringComparer.Ordinal)
        ? Builtins.GetOrAdd(id, i => Read(EmbeddedData.ReadText($"Lenses/{i}.lens"), "lens.builtin"))
        : throw new InputException("lens.builtin", $"Unknown lens box '{id}'; built in: {string.Join(", ", BuiltinIds)}.");

    // Read once per process and shared by every plan (a LensFile is immutable): each circuit reading its own copy also kept
    // its own δ, β per energy in LensOpticsCache, which is keyed by the file.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LensFile> Builtins = new(StringComparer.Ordinal);

    /// <summary>Reads .lens text (an upload). Errors carry the line, column where known, and the key as Tag.</summary>
    /// <param name="text">The .lens file text.</param>
    /// <param name="field">API field for errors (default <c>lens.text</c>).</param>
    /// <exception cref="InputException">syntax error, duplicate key/table, missing key, bad value, unknown element, &gt; 100 or non-contiguous series.</exception>
    public static LensFile Read(string text, string field = "lens.text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = LensTomlParser.Parse(text, field);
        var used = new HashSet<TomlEntry>();
        var warnings = new List<LensFileNote>();
        var series = ReadAllSeries(doc, used, field);
        var separators = ReadSeparators(doc, used, field, series, warnings);
        var box = new LensBox(series, separators, ReadMount(doc, used, field), ReadPrint(doc, used, field));
        CheckLength(box, field);
        var unused = doc.Entries.Where(e => !used.Contains(e))
            .Select(e => new LensFileNote(e.Dotted, e.Line, $"\"{e.Dotted}\" (line {e.Line.ToString(CultureInfo.InvariantCulture)}) was not used."))
            .ToList();
        return new LensFile(box, unused, warnings);
    }

    [GeneratedRegex("^(lens_series|separator)_(0|[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedTable();

    /// <summary>Top-level tables named prefix_i (canonical decimal i), with the first line that mentions each.</summary>
    private static SortedDictionary<int, int> Indexed(TomlDocument doc, string prefix)
    {
        var found = new SortedDictionary<int, int>();
        var mentions = doc.Tables.Select(t => (t.NormalizedPath[0], t.Line))
            .Concat(doc.Entries.Where(e => e.NormalizedPath.Count > 1).Select(e => (e.NormalizedPath[0], e.Line)));
        foreach (var (name, line) in mentions)
        {
            var m = IndexedTable().Match(name);
            if (m.Success && m.Groups[1].Value == prefix && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out var i))
            {
                found[i] = Math.Min(line, found.GetValueOrDefault(i, int.MaxValue));
            }
        }
        return found;
    }

    private static List<LensSeries> ReadAllSeries(TomlDocument doc, HashSet<TomlEntry> used, string field)
    {
        var found = Indexed(doc, "lens_series");
        if (found.Count == 0)
        {
            throw new InputException(new InputProblem(field,
                "The file has no [lens_series_0] table; a .lens file needs at least one lens series.", Tag: "lens_series_0"));
        }
        var expected = 0;
        foreach (var (index, line) in found)
        {
            if (index >= MaxSeries)
            {
                throw new InputException(new InputProblem(field,
                    $"lens_series_{index}: at most {MaxSeries} lens series are allowed, numbered lens_series_0 … lens_series_{MaxSeries - 1}.",
                    line, null, $"lens_series_{index}"));
            }
            if (index != expected)
            {
                throw new InputException(new InputProblem(field,
                    (expected == 0 ? $"lens_series_{index}: " : $"lens_series_{index} follows lens_series_{expected - 1}: ")
                    + $"series must be numbered 0, 1, 2 … without gaps (lens_series_{expected} is missing).",
                    line, null, $"lens_series_{index}"));
            }
            expected++;
        }
        return [.. found.Select(kv => ReadSeries(doc, used, field, kv.Key, kv.Value))];
    }

    private static LensSeries ReadSeries(TomlDocument doc, HashSet<TomlEntry> used, string field, int index, int line)
    {
        var name = $"lens_series_{index}";
        var t = new LensTableReader(doc, used, field, [name], doc.FindTable(name)?.Line ?? line);
        var radius = t.RequiredPositive(LensKeys.Radius, "lenslet radius of curvature in µm", "µm", MaxRadiusUm);
        var count = t.RequiredCount("number_of_lenses", "number of lenslets", MaxLensesPerSeries);
        var spacing = t.RequiredPositive("lens_spacing_in_mm", "centre-to-centre lenslet spacing in mm", "mm", MaxLengthMm);
        var m = new LensTableReader(doc, used, field, [name, "material"], doc.FindTable(name, "material")?.Line ?? t.Line);
        var (symbols, atomsEntry) = m.RequiredStrings("atoms_in_Unit_cell", "element symbols of the atoms in the unit cell");
        var atoms = symbols.Select(s => PeriodicTable.Find(s.Trim())?.Symbol
            ?? throw m.Problem(atomsEntry, $"atoms_in_Unit_cell: unknown element symbol '{s}'; use symbols such as \"Be\"."));
        var volume = m.RequiredPositive("unit_cell_volume_in_AA3", "unit-cell volume in Å³", "Å³", MaxVolumeA3);
        return new LensSeries(index, radius, count, spacing, new LensMaterial([.. atoms], volume), t.Line);
    }

    private static List<LensSeparator> ReadSeparators(TomlDocument doc, HashSet<TomlEntry> used, string field,
        List<LensSeries> series, List<LensFileNote> warnings)
    {
        var result = new List<LensSeparator>();
        var found = Indexed(doc, "separator");
        foreach (var (index, line) in found.Where(kv => kv.Key < MaxSeries))
        {
            var name = $"separator_{index}";
            var t = new LensTableReader(doc, used, field, [name], doc.FindTable(name)?.Line ?? line);
            var spacing = t.RequiredPositive("spacing_in_mm", "extra distance after the series in mm", "mm", MaxLengthMm);
            if (index < series.Count - 1)
            {
                result.Add(new LensSeparator(index, spacing, t.Line));
            }
            else
            {
                warnings.Add(new LensFileNote(name, t.Line,
                    $"[{name}] comes after the last lens series (lens_series_{series.Count - 1}) and has no effect."));
            }
        }
        for (var i = 0; i < series.Count - 1; i++)
        {
            if (!found.ContainsKey(i))
            {
                warnings.Add(new LensFileNote($"lens_series_{i + 1}", series[i + 1].Line,
                    $"There is no [separator_{i}]: lens_series_{i + 1} starts at the last lens of lens_series_{i} (as upstream DF-XRM_vis does), so two lenslets share one position."));
            }
        }
        return result;
    }

    private static LensMountOffsets ReadMount(TomlDocument doc, HashSet<TomlEntry> used, string field)
    {
        var t = new LensTableReader(doc, used, field, ["mount_point"], doc.FindTable("mount_point")?.Line ?? 1);
        return new LensMountOffsets(t.Number("offset_along_lensbox", "mm along the lens box") ?? 0,
            t.Number("offset_orthogonal_to_lensbox", "mm orthogonal to the lens box") ?? 0,
            t.Number("offset_x", "mm along x") ?? 0, t.Number("offset_y", "mm along y") ?? 0);
    }

    private static LensPrintFlags ReadPrint(TomlDocument doc, HashSet<TomlEntry> used, string field)
    {
        var t = new LensTableReader(doc, used, field, ["print_mount_point"], doc.FindTable("print_mount_point")?.Line ?? 1);
        return new LensPrintFlags(t.Boolean("print_distance_along") ?? false, t.Boolean("print_distance_orthogonal") ?? false,
            t.Boolean("print_distance_x") ?? false, t.Boolean("print_distance_y") ?? false);
    }

    private static void CheckLength(LensBox box, string field)
    {
        var lengthMm = LensLayout.LengthMm(box);
        if (lengthMm > MaxLengthMm)
        {
            throw new InputException(new InputProblem(field,
                $"The lens box is {InputProblem.Show(lengthMm)} mm long (first to last lens); at most {InputProblem.Show(MaxLengthMm)} mm is accepted.",
                box.Series[^1].Line));
        }
    }
}
