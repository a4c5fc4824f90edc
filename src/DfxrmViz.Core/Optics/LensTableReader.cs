using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>Typed, checked look-ups in one table of a parsed .lens file; remembers which entries were used.</summary>
internal sealed class LensTableReader(TomlDocument doc, HashSet<TomlEntry> used, string field, string[] table, int line)
{
    /// <summary>Table name as written in messages, e.g. <c>[lens_series_0.material]</c>.</summary>
    public string Name => "[" + string.Join('.', table) + "]";

    /// <summary>Line of the table header (where a missing key is reported).</summary>
    public int Line => line;

    public TomlEntry? Entry(string key)
    {
        var entry = doc.Find([.. table, LensKeys.Normalize(key)]);
        if (entry is not null)
        {
            used.Add(entry);
        }
        return entry;
    }

    public double? Number(string key, string meaning)
    {
        if (Entry(key) is not { } e)
        {
            return null;
        }
        var value = e.Value switch
        {
            TomlInteger i => i.Value,
            TomlFloat f => f.Value,
            _ => throw Problem(e, $"{key} ({meaning}) must be a number; got {e.Value.Kind}."),
        };
        return double.IsFinite(value) ? value : throw Problem(e, $"{key} ({meaning}) must be a finite number; got {InputProblem.Show(value)}.");
    }

    public double RequiredPositive(string key, string meaning, string unit, double max)
    {
        var value = Number(key, meaning) ?? throw Missing(key, meaning);
        var e = Entry(key)!;
        if (value <= 0)
        {
            throw Problem(e, $"{key} ({meaning}) must be greater than zero; got {InputProblem.Show(value)} {unit}.");
        }
        return value <= max ? value
            : throw Problem(e, $"{key} ({meaning}) of {InputProblem.Show(value)} {unit} is not a real lens value; at most {InputProblem.Show(max)} {unit}.");
    }

    public int RequiredCount(string key, string meaning, int max)
    {
        var e = Entry(key) ?? throw Missing(key, meaning);
        return e.Value switch
        {
            TomlInteger { Value: >= 1 } i when i.Value <= max => (int)i.Value,
            TomlInteger i when i.Value >= 1 => throw Problem(e, $"{key} ({meaning}) of {i.Value} is more than this tool models ({max}); check the number."),
            TomlInteger i => throw Problem(e, $"{key} ({meaning}) must be at least 1; got {i.Value}."),
            _ => throw Problem(e, $"{key} ({meaning}) must be a whole number such as 68; got {e.Value.Kind}."),
        };
    }

    public bool? Boolean(string key)
    {
        if (Entry(key) is not { } e)
        {
            return null;
        }
        return e.Value is TomlBoolean b ? b.Value : throw Problem(e, $"{key} must be true or false; got {e.Value.Kind}.");
    }

    public (IReadOnlyList<string> Items, TomlEntry Entry) RequiredStrings(string key, string meaning)
    {
        var e = Entry(key) ?? throw Missing(key, meaning);
        if (e.Value is not TomlArray { Items.Count: > 0 } array || array.Items.Any(i => i is not TomlString))
        {
            throw Problem(e, $"{key} ({meaning}) must be a non-empty list of quoted element symbols such as [\"Be\", \"Be\"].");
        }
        return ([.. array.Items.Cast<TomlString>().Select(s => s.Value)], e);
    }

    public InputException Problem(TomlEntry e, string message) =>
        new(new InputProblem(field, $"{Name} {message}", e.Line, e.Column, e.Dotted));

    public InputException Missing(string key, string meaning) =>
        new(new InputProblem(field, $"{Name} has no {key} ({meaning}); add a line such as {key} = …", line, null,
            string.Join('.', [.. table, key])));
}
