using System.Globalization;
using System.Text;
using System.Text.Json;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>One JSON object read strictly: every field must be known (an unknown one is refused with the nearest known
/// name), no field twice, each value of the expected type. Errors are <see cref="InputException"/>s whose field is the
/// JSON path (e.g. <c>plan.sampleUm.thickness</c>), so an API answers 400 naming it and the page shows it by the field.</summary>
public sealed class JsonFields
{
    /// <summary>Longest string accepted where no other cap is stated (ids, names, enum values).</summary>
    public const int MaxShortString = 255;

    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, string path) => (Element, Path) = (element, path);

    /// <summary>The object.</summary>
    public JsonElement Element { get; }

    /// <summary>Its JSON path (empty for a top-level request body).</summary>
    public string Path { get; }

    /// <summary>Reads <paramref name="element"/> as an object whose fields are among <paramref name="known"/>.</summary>
    public static JsonFields Of(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"must be a JSON object {{ … }}, not {Kind(element)}.");
        }
        var fields = new JsonFields(element, path);
        foreach (var p in element.EnumerateObject())
        {
            if (!known.Contains(p.Name))
            {
                var near = Nearest(p.Name, known);
                throw Error(Join(path, p.Name), $"is not a known field{(path.Length == 0 ? "" : " of " + path)}" +
                    (near is null ? $"; the fields are {string.Join(", ", known)}." : $"; did you mean '{near}'?"));
            }
            if (!fields._fields.TryAdd(p.Name, p.Value))
            {
                throw Error(Join(path, p.Name), "appears twice; give each field once.");
            }
        }
        return fields;
    }

    /// <summary>"a.b" (or "b" at the top level).</summary>
    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>The refusal for a value at <paramref name="path"/>: "plan.x: message".</summary>
    public static InputException Error(string path, string message) => new(new InputProblem(path.Length == 0 ? "body" : path,
        $"{(path.Length == 0 ? "The request" : $"'{path}'")} {message}"));

    /// <summary>Whether the field is present and not JSON null.</summary>
    public bool Has(string name) => _fields.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>Whether the field is present (null included).</summary>
    public bool Present(string name) => _fields.ContainsKey(name);

    /// <summary>The raw value when present and not null.</summary>
    public JsonElement? Get(string name) => Has(name) ? _fields[name] : null;

    /// <summary>Path of a field of this object.</summary>
    public string PathOf(string name) => Join(Path, name);

    /// <summary>A finite number, or <paramref name="fallback"/> when absent or null.</summary>
    public double Number(string name, double fallback) => NumberOrNull(name) ?? fallback;

    /// <summary>A finite number, or null when absent or null.</summary>
    public double? NumberOrNull(string name) => Get(name) is { } v ? Finite(v, PathOf(name)) : null;

    /// <summary>A required finite number.</summary>
    public double RequiredNumber(string name) => NumberOrNull(name) ?? throw Error(PathOf(name), "is required (a number).");

    /// <summary>A boolean, or the fallback.</summary>
    public bool Bool(string name, bool fallback) => Get(name) is not { } v ? fallback
        : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean()
        : throw Error(PathOf(name), $"must be true or false, not {Kind(v)}.");

    /// <summary>An integer in [min, max], or null when absent or null.</summary>
    public int? IntOrNull(string name, int min, int max) => Get(name) is { } v ? Integer(v, PathOf(name), min, max) : null;

    /// <summary>A string of at most <paramref name="maxUtf8Bytes"/> UTF-8 bytes, or null when absent or null.</summary>
    public string? StringOrNull(string name, int maxUtf8Bytes = MaxShortString)
    {
        if (Get(name) is not { } v)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.String)
        {
            throw Error(PathOf(name), $"must be a string, not {Kind(v)}.");
        }
        var s = v.GetString()!;
        var bytes = Encoding.UTF8.GetByteCount(s);
        return bytes <= maxUtf8Bytes ? s
            : throw Error(PathOf(name), $"is {Size(bytes)} long; at most {Size(maxUtf8Bytes)} are accepted.");
    }

    /// <summary>One of <paramref name="names"/> (case-insensitive), mapped to its value; the fallback when absent.</summary>
    public T Enum<T>(string name, T fallback, params (string Name, T Value)[] names)
    {
        if (StringOrNull(name) is not { } s)
        {
            return fallback;
        }
        foreach (var (n, value) in names)
        {
            if (string.Equals(n, s, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw Error(PathOf(name), $"is '{s}'; use {string.Join(" or ", names.Select(n => $"\"{n.Name}\""))}.");
    }

    /// <summary>The elements of an array of at most <paramref name="max"/> items, or null when absent or null.</summary>
    public IReadOnlyList<JsonElement>? ArrayOrNull(string name, int max) => Get(name) is { } v ? Array(v, PathOf(name), max) : null;

    /// <summary>The elements of <paramref name="v"/>, an array of at most <paramref name="max"/> items.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement v, string path, int max)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"must be an array [ … ], not {Kind(v)}.");
        }
        var n = v.GetArrayLength();
        return n <= max ? [.. v.EnumerateArray()] : throw Error(path, $"holds {n} items; at most {max} are accepted.");
    }

    /// <summary>A finite JSON number (NaN/∞ cannot be written in JSON; numbers that overflow a double are refused).</summary>
    public static double Finite(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Number)
        {
            throw Error(path, $"must be a number, not {Kind(v)}.");
        }
        return v.TryGetDouble(out var d) && double.IsFinite(d) ? d
            : throw Error(path, $"is {Raw(v)}, beyond the range of a number (±1.8e308).");
    }

    /// <summary>An integral JSON number in [min, max].</summary>
    public static int Integer(JsonElement v, string path, int min, int max)
    {
        var d = Finite(v, path);
        return d == Math.Floor(d) && d >= min && d <= max ? (int)d
            : throw Error(path, $"must be a whole number from {min} to {max}; got {Raw(v)}.");
    }

    /// <summary>"a string", "an array", … for messages.</summary>
    public static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Clip(v.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Raw(v)}",
        JsonValueKind.True or JsonValueKind.False => v.ValueKind == JsonValueKind.True ? "true" : "false",
        _ => "null",
    };

    private static string Raw(JsonElement v) => Clip(v.GetRawText());

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string Size(int bytes) => bytes >= 1024 * 1024
        ? (bytes / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " kB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>The known name closest to <paramref name="name"/> (case-insensitive match, or edit distance ≤ 3), if any.</summary>
    public static string? Nearest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 4;
        foreach (var k in known)
        {
            var d = string.Equals(k, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(k.ToUpperInvariant(), name.ToUpperInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (k, d);
            }
        }
        return best;
    }

    /// <summary>Levenshtein distance (names are short: O(nm) is fine).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
