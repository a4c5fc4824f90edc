namespace DfxrmViz.Core.Optics;

// The TOML subset that .lens files use (TOML 1.0, toml.io/en/v1.0.0, minus dates, inline tables and arrays of tables;
// plus non-ASCII bare keys, which python `toml` 0.10 accepts and the upstream DF-XRM_vis 735624f relies on).

/// <summary>A value of the TOML subset read from a .lens file.</summary>
internal abstract record TomlValue
{
    /// <summary>Plain name of the value's type for messages ("a number", "a string" …).</summary>
    public abstract string Kind { get; }
}

internal sealed record TomlString(string Value) : TomlValue
{
    public override string Kind => "a string";
}

internal sealed record TomlInteger(long Value) : TomlValue
{
    public override string Kind => "a whole number";
}

internal sealed record TomlFloat(double Value) : TomlValue
{
    public override string Kind => "a number";
}

internal sealed record TomlBoolean(bool Value) : TomlValue
{
    public override string Kind => "true/false";
}

internal sealed record TomlArray(IReadOnlyList<TomlValue> Items) : TomlValue
{
    public override string Kind => "a list";
}

/// <summary>One <c>key = value</c> line: the table it belongs to and the key, as written and normalised.</summary>
/// <param name="Path">Table segments then key segments, as written (for messages).</param>
/// <param name="NormalizedPath">The same, with <see cref="LensKeys.Normalize"/> applied (for look-up).</param>
/// <param name="Value">The value.</param>
/// <param name="Line">1-based line of the key.</param>
/// <param name="Column">1-based column of the key.</param>
internal sealed record TomlEntry(IReadOnlyList<string> Path, IReadOnlyList<string> NormalizedPath, TomlValue Value, int Line, int Column)
{
    /// <summary>Dotted key as written, e.g. <c>lens_series_0.radius_of_curvature_in_µm</c>.</summary>
    public string Dotted => string.Join('.', Path);
}

/// <summary>A <c>[table]</c> header line.</summary>
internal sealed record TomlTableHeader(IReadOnlyList<string> Path, IReadOnlyList<string> NormalizedPath, int Line)
{
    public string Dotted => string.Join('.', Path);
}

/// <summary>A parsed .lens text: every entry and table header in file order, indexed by normalised path.</summary>
internal sealed class TomlDocument
{
    private readonly Dictionary<string, TomlEntry> _entries;
    private readonly Dictionary<string, TomlTableHeader> _tables;

    public TomlDocument(IReadOnlyList<TomlEntry> entries, IReadOnlyList<TomlTableHeader> tables)
    {
        Entries = entries;
        Tables = tables;
        _entries = entries.ToDictionary(e => PathKey(e.NormalizedPath), StringComparer.Ordinal);
        _tables = tables.ToDictionary(t => PathKey(t.NormalizedPath), StringComparer.Ordinal);
    }

    public IReadOnlyList<TomlEntry> Entries { get; }

    public IReadOnlyList<TomlTableHeader> Tables { get; }

    /// <summary>The entry at this normalised path, or null.</summary>
    public TomlEntry? Find(params string[] normalizedPath) => _entries.GetValueOrDefault(PathKey(normalizedPath));

    /// <summary>The explicit header of this normalised table path, or null.</summary>
    public TomlTableHeader? FindTable(params string[] normalizedPath) => _tables.GetValueOrDefault(PathKey(normalizedPath));

    /// <summary>One string per path (segments may contain dots when quoted, never U+0000 … it is escaped if so).</summary>
    internal static string PathKey(IReadOnlyList<string> path) =>
        string.Join('\u0000', path.Select(s => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\u0000", "\\0", StringComparison.Ordinal)));
}

/// <summary>Key spelling rules of .lens files.</summary>
public static class LensKeys
{
    /// <summary>The micro sign U+00B5 and the Greek mu U+03BC look alike: both spell the same key (as Unicode NFKC normalisation does, UAX #15).</summary>
    public static string Normalize(string key) => key.Replace('\u00B5', '\u03BC');

    /// <summary>The radius key, with U+00B5 as in upstream's id06.lens.</summary>
    public const string Radius = "radius_of_curvature_in_\u00B5m";
}
