using System.Globalization;

namespace DfxrmViz.Core.Cif;

/// <summary>A CIF numeric value with its optional standard uncertainty, e.g. <c>1.234(5)</c> → 1.234 ± 0.005.</summary>
/// <remarks>CIF 1.1 numbers (integer/float with optional exponent and s.u. in parentheses in units of the last digit);
/// culture-invariant; NaN and ∞ are rejected (as gemmi numb.hpp <c>as_number</c>).</remarks>
public readonly record struct CifNumber(double Value, double? StandardUncertainty)
{
    /// <summary>Parses <paramref name="text"/>; null when it is not a CIF number.</summary>
    public static CifNumber? TryParse(string text)
    {
        var s = text.AsSpan().Trim();
        double? su = null;
        var open = s.IndexOf('(');
        if (open >= 0)
        {
            if (s[^1] != ')' || open == 0)
            {
                return null;
            }
            var digits = s[(open + 1)..^1];
            if (digits.Length == 0 || digits.Length > 9 || !IsAllDigits(digits))
            {
                return null;
            }
            su = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * LastDigitUnit(s[..open]);
            s = s[..open];
        }
        if (s.Length == 0 || !IsNumberSyntax(s)
            || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            return null;
        }
        return new CifNumber(v, su);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Only [+-]digits[.digits][e[+-]digits]: no thousands separators, no "NaN", no "Infinity", no hex.</summary>
    private static bool IsNumberSyntax(ReadOnlySpan<char> s)
    {
        var i = s[0] is '+' or '-' ? 1 : 0;
        var mantissaDigits = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            mantissaDigits++;
        }
        if (i < s.Length && s[i] == '.')
        {
            for (i++; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0)
        {
            return false;
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }
            var expDigits = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                expDigits++;
            }
            if (expDigits == 0)
            {
                return false;
            }
        }
        return i == s.Length;
    }

    /// <summary>Value of one unit in the last mantissa digit: "1.234" → 0.001, "12" → 1, "1.2e3" → 100.</summary>
    private static double LastDigitUnit(ReadOnlySpan<char> number)
    {
        var e = number.IndexOfAny('e', 'E');
        var exponent = 0;
        if (e >= 0 && int.TryParse(number[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x))
        {
            exponent = x;
        }
        var mantissa = e >= 0 ? number[..e] : number;
        var dot = mantissa.IndexOf('.');
        var decimals = dot >= 0 ? mantissa.Length - dot - 1 : 0;
        return Math.Pow(10, exponent - decimals);
    }
}
