using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>
/// Line-aware reader for the TOML subset of .lens files (TOML 1.0, toml.io/en/v1.0.0): <c>[a.b]</c> tables, dotted
/// <c>key = value</c> lines, strings, integers, floats, booleans, (multi-line) arrays, comments, tabs. Bare keys may hold
/// non-ASCII letters such as µ (python <c>toml</c> 0.10 behaviour, docs/physics.md §8). Duplicate keys and tables are errors
/// (TOML 1.0 "Keys"/"Table"), unlike Tomlyn 2.10's silent last-wins for duplicate keys.
/// </summary>
internal sealed class LensTomlParser
{
    private readonly TomlCursor _c;
    private readonly string _field;
    private readonly List<TomlEntry> _entries = [];
    private readonly List<TomlTableHeader> _tables = [];
    private readonly Dictionary<string, Definition> _defined = new(StringComparer.Ordinal);
    private List<string> _table = [];
    private List<string> _tableNormalized = [];

    private LensTomlParser(string text, string field)
    {
        _c = new TomlCursor(text, field);
        _field = field;
    }

    private enum DefinitionKind { ImplicitTable, Table, Value }

    private sealed record Definition(DefinitionKind Kind, int Line);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="InputException"/> with line and column on a syntax error.</summary>
    public static TomlDocument Parse(string text, string field)
    {
        var parser = new LensTomlParser(text, field);
        parser.ParseAll();
        return new TomlDocument(parser._entries, parser._tables);
    }

    private void ParseAll()
    {
        _c.SkipBom();
        while (!_c.AtEnd)
        {
            _c.SkipSpaces();
            if (_c.AtEnd || _c.AtLineEnd || _c.Peek == '#')
            {
                _c.SkipToNextLine();
                continue;
            }
            if (_c.Peek == '[')
            {
                ParseHeader();
            }
            else
            {
                ParseKeyValue();
            }
            _c.ExpectLineEnd();
        }
    }

    private void ParseHeader()
    {
        var line = _c.Line;
        _c.Advance();
        if (!_c.AtEnd && _c.Peek == '[')
        {
            throw _c.Error("Arrays of tables ([[name]]) are not used in .lens files; write [name] once.");
        }
        var (raw, normalized) = ParseKeyPath();
        _c.SkipSpaces();
        if (_c.AtEnd || _c.Peek != ']')
        {
            throw _c.Error("Expected ']' to close the table name.");
        }
        _c.Advance();
        for (var i = 1; i < normalized.Count; i++)
        {
            DefineImplicitTable(normalized.Take(i).ToList(), raw.Take(i).ToList(), line);
        }
        var key = TomlDocument.PathKey(normalized);
        if (_defined.TryGetValue(key, out var previous) && previous.Kind != DefinitionKind.ImplicitTable)
        {
            throw Duplicate(line, string.Join('.', raw), previous, "table");
        }
        _defined[key] = new Definition(DefinitionKind.Table, line);
        _tables.Add(new TomlTableHeader(raw, normalized, line));
        _table = raw;
        _tableNormalized = normalized;
    }

    private void ParseKeyValue()
    {
        var (line, column) = (_c.Line, _c.Column);
        var (raw, normalized) = ParseKeyPath();
        _c.SkipSpaces();
        if (_c.AtEnd || _c.Peek != '=')
        {
            throw _c.Error($"Expected '=' after the key {string.Join('.', raw)}.");
        }
        _c.Advance();
        _c.SkipSpaces();
        var value = TomlValueParser.ParseValue(_c, 0);
        List<string> fullRaw = [.. _table, .. raw];
        List<string> full = [.. _tableNormalized, .. normalized];
        for (var i = _tableNormalized.Count + 1; i < full.Count; i++)
        {
            DefineImplicitTable(full.Take(i).ToList(), fullRaw.Take(i).ToList(), line);
        }
        var key = TomlDocument.PathKey(full);
        if (_defined.TryGetValue(key, out var previous))
        {
            throw Duplicate(line, string.Join('.', fullRaw), previous, "key");
        }
        _defined[key] = new Definition(DefinitionKind.Value, line);
        _entries.Add(new TomlEntry(fullRaw, full, value, line, column));
    }

    private void DefineImplicitTable(List<string> normalized, List<string> raw, int line)
    {
        var key = TomlDocument.PathKey(normalized);
        if (_defined.TryGetValue(key, out var previous))
        {
            if (previous.Kind == DefinitionKind.Value)
            {
                throw new InputException(new InputProblem(_field,
                    $"{string.Join('.', raw)} was set to a value on line {previous.Line}; it cannot also be a table.",
                    line, null, string.Join('.', raw)));
            }
            return;
        }
        _defined[key] = new Definition(DefinitionKind.ImplicitTable, line);
    }

    private InputException Duplicate(int line, string dotted, Definition previous, string what) =>
        new(new InputProblem(_field, (previous.Kind, what) switch
        {
            (DefinitionKind.Value, "key") => $"Duplicate key {dotted}: it is already set on line {previous.Line}. Keep one of the two lines.",
            (DefinitionKind.Value, _) => $"{dotted} was set to a value on line {previous.Line}; it cannot also be a table.",
            (_, "key") => $"{dotted} is a table (line {previous.Line}); it cannot also be set to a value.",
            _ => $"Duplicate table {dotted}: it is already defined on line {previous.Line}. Keep one of the two.",
        }, line, null, dotted));

    private (List<string> Raw, List<string> Normalized) ParseKeyPath()
    {
        var raw = new List<string>();
        while (true)
        {
            _c.SkipSpaces();
            raw.Add(ParseKeySegment());
            _c.SkipSpaces();
            if (_c.AtEnd || _c.Peek != '.')
            {
                return (raw, [.. raw.Select(LensKeys.Normalize)]);
            }
            _c.Advance();
        }
    }

    private string ParseKeySegment()
    {
        if (_c.AtEnd || _c.AtLineEnd)
        {
            throw _c.Error("Expected a key name.");
        }
        if (_c.Peek is '"' or '\'')
        {
            return TomlValueParser.ParseString(_c);
        }
        var start = _c.Position;
        while (!_c.AtEnd && IsBareKeyChar(_c.Peek))
        {
            _c.Advance();
        }
        return _c.Position > start
            ? _c.Slice(start)
            : throw _c.Error($"Unexpected character '{_c.Peek}' where a key name should start.");
    }

    /// <summary>TOML bare keys are A-Za-z0-9_-; any non-ASCII letter or digit (µ, μ, Å …) is accepted too.</summary>
    private static bool IsBareKeyChar(char ch) =>
        ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'
        || (ch > 127 && (char.IsLetterOrDigit(ch) || ch == '\u00B5'));
}
