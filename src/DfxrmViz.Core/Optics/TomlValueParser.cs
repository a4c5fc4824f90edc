using System.Globalization;
using System.Text;

namespace DfxrmViz.Core.Optics;

/// <summary>Values of the .lens TOML subset (TOML 1.0 "String", "Integer", "Float", "Boolean", "Array").</summary>
internal static class TomlValueParser
{
    /// <summary>Arrays nested deeper than this are refused (a .lens file uses flat lists).</summary>
    private const int MaxDepth = 16;

    public static TomlValue ParseValue(TomlCursor c, int depth)
    {
        if (c.AtEnd || c.AtLineEnd || c.Peek == '#')
        {
            throw c.Error("Expected a value after '='.");
        }
        return c.Peek switch
        {
            '"' or '\'' => new TomlString(ParseString(c)),
            '[' => ParseArray(c, depth + 1),
            '{' => throw c.Error("Inline tables ({ … }) are not used in .lens files; write a [table] instead."),
            _ => ParseScalar(c),
        };
    }

    private static TomlArray ParseArray(TomlCursor c, int depth)
    {
        if (depth > MaxDepth)
        {
            throw c.Error($"Lists nested more than {MaxDepth} deep.");
        }
        var (line, column) = (c.Line, c.Column);
        c.Advance();
        var items = new List<TomlValue>();
        while (true)
        {
            c.SkipWhitespaceAndComments();
            if (c.AtEnd)
            {
                throw c.ErrorAt("The list opened here has no closing ']'.", line, column);
            }
            if (c.Peek == ']')
            {
                c.Advance();
                return new TomlArray(items);
            }
            items.Add(ParseValue(c, depth));
            var lineAfterItem = c.Line;
            c.SkipWhitespaceAndComments();
            if (!c.AtEnd && c.Peek == ',')
            {
                c.Advance();
            }
            else if (c.AtEnd || c.Peek != ']')
            {
                throw c.AtEnd || c.Line != lineAfterItem ? c.ErrorAt("The list opened here has no closing ']'.", line, column)
                    : c.Error("Expected ',' or ']' in the list.");
            }
        }
    }

    /// <summary>A basic ("…", with escapes) or literal ('…') single-line string.</summary>
    public static string ParseString(TomlCursor c)
    {
        var quote = c.Peek;
        if (c.PeekAt(1) == quote && c.PeekAt(2) == quote)
        {
            throw c.Error("Multi-line strings (\"\"\" or ''') are not used in .lens files.");
        }
        var (line, column) = (c.Line, c.Column);
        c.Advance();
        var sb = new StringBuilder();
        while (true)
        {
            if (c.AtEnd || c.Peek is '\n' or '\r')
            {
                throw c.ErrorAt($"The string opened here has no closing {quote}.", line, column);
            }
            var ch = c.Peek;
            if (ch == quote)
            {
                c.Advance();
                return sb.ToString();
            }
            if (ch == '\\' && quote == '"')
            {
                sb.Append(ParseEscape(c));
                continue;
            }
            sb.Append(ch);
            c.Advance();
        }
    }

    private static string ParseEscape(TomlCursor c)
    {
        var (line, column) = (c.Line, c.Column);
        c.Advance();
        var e = c.AtEnd ? '\0' : c.Peek;
        if (e is 'u' or 'U')
        {
            var n = e == 'u' ? 4 : 8;
            var hex = new StringBuilder();
            c.Advance();
            for (var i = 0; i < n && !c.AtEnd && Uri.IsHexDigit(c.Peek); i++)
            {
                hex.Append(c.Peek);
                c.Advance();
            }
            if (hex.Length == n && int.TryParse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp)
                && cp is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                return char.ConvertFromUtf32(cp);
            }
            throw c.ErrorAt($"\\{e} must be followed by {n} hex digits of a Unicode scalar value.", line, column);
        }
        var decoded = e switch
        {
            'b' => "\b",
            't' => "\t",
            'n' => "\n",
            'f' => "\f",
            'r' => "\r",
            '"' => "\"",
            '\\' => "\\",
            _ => throw c.ErrorAt($"Unknown escape '\\{(e == '\0' ? "" : e)}' in a string.", line, column),
        };
        c.Advance();
        return decoded;
    }

    /// <summary>Booleans, integers (decimal, 0x, 0o, 0b, with _ separators) and floats (incl. inf, nan).</summary>
    private static TomlValue ParseScalar(TomlCursor c)
    {
        var (line, column) = (c.Line, c.Column);
        var start = c.Position;
        while (!c.AtEnd && (char.IsAsciiLetterOrDigit(c.Peek) || c.Peek is '_' or '+' or '-' or '.' or ':'))
        {
            c.Advance();
        }
        var token = c.Slice(start);
        return token switch
        {
            "true" => new TomlBoolean(true),
            "false" => new TomlBoolean(false),
            "" => throw c.Error($"Unexpected '{c.Peek}' where a value should start (strings need quotes)."),
            _ => ParseNumber(token) ?? throw c.ErrorAt(NotANumber(token), line, column),
        };
    }

    private static string NotANumber(string token) =>
        token.Contains(':', StringComparison.Ordinal) || token.Count(ch => ch == '-') >= 2
            ? $"'{token}' looks like a date or time; .lens files use numbers, strings, true/false and lists."
            : $"'{token}' is not a number, true/false, a quoted string or a list.";

    private static TomlValue? ParseNumber(string token)
    {
        if (!ValidUnderscores(token))
        {
            return null;
        }
        var t = token.Replace("_", "", StringComparison.Ordinal);
        if (t.Length > 2 && t[0] == '0' && t[1] is 'x' or 'o' or 'b')
        {
            return ParseRadix(t[2..], t[1] switch { 'x' => 16, 'o' => 8, _ => 2 });
        }
        var unsigned = t.TrimStart('+', '-');
        if (unsigned is "inf" or "nan")
        {
            return new TomlFloat(unsigned == "nan" ? double.NaN : t[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
        }
        if (unsigned.Length == 0 || !char.IsAsciiDigit(unsigned[0]) || t.Length - unsigned.Length > 1)
        {
            return null;
        }
        if (unsigned.All(char.IsAsciiDigit))
        {
            return long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? new TomlInteger(l) : null;
        }
        var floatShape = unsigned.All(ch => char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-');
        return floatShape && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !unsigned.EndsWith('.')
            ? new TomlFloat(d) : null;
    }

    private static TomlInteger? ParseRadix(string digits, int radix)
    {
        long value = 0;
        foreach (var ch in digits)
        {
            var v = char.IsAsciiDigit(ch) ? ch - '0' : char.IsAsciiHexDigit(ch) ? char.ToLowerInvariant(ch) - 'a' + 10 : 99;
            if (v >= radix || value > (long.MaxValue - v) / radix)
            {
                return null;
            }
            value = (value * radix) + v;
        }
        return new TomlInteger(value);
    }

    /// <summary>TOML: each underscore must sit between two digits.</summary>
    private static bool ValidUnderscores(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '_' && (i == 0 || i == token.Length - 1 || !char.IsAsciiHexDigit(token[i - 1]) || !char.IsAsciiHexDigit(token[i + 1])))
            {
                return false;
            }
        }
        return true;
    }
}
