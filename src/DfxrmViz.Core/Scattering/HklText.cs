using System.Globalization;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Scattering;

/// <summary>Reads indices typed by a user: "1 0 -2", "(1,0,-2)", "-1 1 2", "1,0,-2", "[1; 0; -2]", and the compact
/// form "10-2" / "-1-12" when every index is a single digit. Unicode minus (U+2212) is accepted. The one index parser of the
/// app: Miller indices (<see cref="Parse"/>) and the real indices of a plane normal or lattice direction (<see cref="ParseIndices"/>).</summary>
public static class HklText
{
    /// <summary>Largest |index| accepted.</summary>
    public const int MaxIndex = 999;

    private static readonly char[] Separators = [' ', '\t', ',', ';'];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="InputException"/> (field <paramref name="field"/>) naming what is wrong.</summary>
    public static Hkl Parse(string? text, string field = "hkl")
    {
        var parts = Tokens(text, field);
        return new Hkl(Index(parts[0], field, text), Index(parts[1], field, text), Index(parts[2], field, text));
    }

    /// <summary>Three finite real indices (a plane (hkl) or a direction [uvw], e.g. "0.5 0 1"); throws naming what is wrong.</summary>
    public static Numerics.Vec3 ParseIndices(string? text, string field)
    {
        var parts = Tokens(text, field);
        var v = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i]) || Math.Abs(v[i]) > MaxIndex)
            {
                throw Problem(field, text, $"'{parts[i]}' is not a number within ±{MaxIndex}");
            }
        }
        return new Numerics.Vec3(v[0], v[1], v[2]);
    }

    /// <summary>The three index strings of <paramref name="text"/> (brackets and separators removed, compact form split).</summary>
    private static string[] Tokens(string? text, string field)
    {
        var t = (text ?? "").Trim().Replace('\u2212', '-');
        if (t.Length >= 2 && "([{".Contains(t[0], StringComparison.Ordinal) && ")]}".Contains(t[^1], StringComparison.Ordinal))
        {
            t = t[1..^1].Trim();
        }
        if (t.Length == 0)
        {
            throw Problem(field, text, "it is empty");
        }
        var parts = t.IndexOfAny(Separators) >= 0
            ? t.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Compact(t, field, text);
        return parts.Length == 3 ? parts : throw Problem(field, text, $"it has {parts.Length} indices, not 3");
    }

    /// <summary>Like <see cref="Parse"/> but returns false instead of throwing.</summary>
    public static bool TryParse(string? text, out Hkl hkl)
    {
        hkl = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false; // the common case (an empty filter box) without the cost of an exception
        }
        try
        {
            hkl = Parse(text);
            return true;
        }
        catch (InputException)
        {
            hkl = default;
            return false;
        }
    }

    /// <summary>"10-2" → ["1", "0", "-2"]: an optional sign followed by one digit per index.</summary>
    private static string[] Compact(string t, string field, string? text)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < t.Length)
        {
            var start = i;
            if (t[i] is '+' or '-')
            {
                i++;
            }
            if (i >= t.Length || !char.IsAsciiDigit(t[i]))
            {
                throw Problem(field, text, $"'{t[start..Math.Min(t.Length, i + 1)]}' is not an integer index");
            }
            i++;
            parts.Add(t[start..i]);
        }
        return [.. parts];
    }

    private static int Index(string s, string field, string? text)
    {
        if (!int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            throw Problem(field, text, $"'{s}' is not an integer");
        }
        if (Math.Abs(v) > MaxIndex)
        {
            throw Problem(field, text, $"index {v} is beyond ±{MaxIndex}");
        }
        return v;
    }

    private static InputException Problem(string field, string? text, string why) =>
        new(new InputProblem(field,
            $"Cannot read indices from '{text}': {why}. Type three numbers, e.g. \"1 0 -2\", \"(1,0,-2)\" or \"10-2\"."));
}
