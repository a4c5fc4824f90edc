using System.Globalization;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Symmetry;

/// <summary>Parses symmetry-operation triplets in any common spelling: <c>x,y+1/2,-z</c>, <c>-x+y, y, 1/2+z</c>,
/// <c>X-Y,+X,Z+0.5</c>, <c>2x-y</c>, <c>x+1/4</c>, <c>-x+1</c>.</summary>
/// <remarks>Grammar as gemmi symmetry.hpp <c>parse_triplet</c>: each of three comma-separated parts is a sum of signed terms,
/// each an integer multiple of x, y or z or a number (integer, fraction or decimal). Decimals must be within 0.002 (0.05/24) of a
/// multiple of 1/24 (0.333 → 8/24; 0.33 is rejected).</remarks>
public static class SymOpParser
{
    /// <summary>Parses <paramref name="triplet"/>; throws <see cref="InputException"/> (with <paramref name="line"/> and <paramref name="tag"/>) on error.</summary>
    /// <remarks>One pass over the text without allocating (every CIF read parses each operation): parts are spans, white space
    /// and case are dealt with per character; strings are built only for an error message.</remarks>
    public static SymOp Parse(string triplet, int? line = null, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(triplet);
        var text = triplet.AsSpan().Trim().Trim("'\"");
        var parts = text.Count(',') + 1;
        if (parts != 3)
        {
            throw Fail(triplet, $"has {parts} part(s); a symmetry operation needs three, such as 'x,y+1/2,-z'", line, tag);
        }
        Span<int> rot = stackalloc int[9];
        Span<int> tran = stackalloc int[3];
        for (var r = 0; r < 3; r++)
        {
            var comma = text.IndexOf(',');
            ParsePart(comma < 0 ? text : text[..comma], r, rot, tran, triplet, line, tag);
            text = comma < 0 ? [] : text[(comma + 1)..];
        }
        var op = new SymOp(new IntMat3(rot[0], rot[1], rot[2], rot[3], rot[4], rot[5], rot[6], rot[7], rot[8]), tran[0], tran[1], tran[2]);
        if (Math.Abs(op.Rotation.Determinant) != 1)
        {
            throw Fail(triplet, "is not a symmetry operation (the determinant of its matrix is not ±1)", line, tag);
        }
        return op;
    }

    private static void ParsePart(ReadOnlySpan<char> part, int r, Span<int> rot, Span<int> tran, string whole, int? line, string? tag)
    {
        // The part without spaces and tabs, lower case (as string.Replace + ToLowerInvariant, which the messages quote).
        Span<char> buffer = part.Length <= 128 ? stackalloc char[part.Length] : new char[part.Length];
        var length = 0;
        foreach (var c in part)
        {
            if (c is not ' ' and not '\t')
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }
        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length == 0)
        {
            throw Fail(whole, $"has an empty part {r + 1}", line, tag);
        }
        var i = 0;
        var any = false;
        while (i < s.Length)
        {
            var sign = 1;
            if (s[i] is '+' or '-')
            {
                sign = s[i] == '-' ? -1 : 1;
                i++;
            }
            else if (any)
            {
                throw Fail(whole, $"has '{s[i]}' where + or - was expected in part {r + 1}", line, tag);
            }
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or '/'))
            {
                i++;
            }
            var number = s[start..i];
            if (i < s.Length && s[i] == '*')
            {
                i++;
            }
            if (i < s.Length && s[i] is 'x' or 'y' or 'z')
            {
                rot[r * 3 + (s[i] - 'x')] += sign * Coefficient(number, whole, line, tag);
                i++;
            }
            else if (number.Length > 0)
            {
                tran[r] += sign * Translation24(number, whole, line, tag);
            }
            else
            {
                throw Fail(whole, $"has an unexpected character '{(i < s.Length ? s[i] : ' ')}' in part {r + 1}", line, tag);
            }
            any = true;
        }
    }

    private static int Coefficient(ReadOnlySpan<char> number, string whole, int? line, string? tag)
    {
        if (number.Length == 0)
        {
            return 1;
        }
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 6)
        {
            return n;
        }
        throw Fail(whole, $"has coefficient '{number}'; only small whole numbers may multiply x, y or z", line, tag);
    }

    private static int Translation24(ReadOnlySpan<char> number, string whole, int? line, string? tag)
    {
        var slash = number.IndexOf('/');
        double value;
        if (slash >= 0)
        {
            if (!int.TryParse(number[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var num)
                || !int.TryParse(number[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var den) || den == 0)
            {
                throw Fail(whole, $"has a fraction '{number}' that is not a/b with whole numbers", line, tag);
            }
            value = num / (double)den;
        }
        else if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            throw Fail(whole, $"has a number '{number}' that cannot be read", line, tag);
        }
        var t = value * SymOp.Den;
        if (Math.Abs(t) > 1e4 || Math.Abs(t - Math.Round(t)) > 0.05)
        {
            throw Fail(whole, $"has a translation '{number}' that is not a multiple of 1/24", line, tag);
        }
        return (int)Math.Round(t);
    }

    private static InputException Fail(string triplet, string what, int? line, string? tag) =>
        new(new InputProblem("crystal.cif", $"Symmetry operation '{triplet.Trim()}' {what}.", line, null, tag));
}
