using System.Globalization;

namespace DfxrmViz.Web.Components.Crystal;

/// <summary>Formats a value with its standard uncertainty in the crystallographic parenthesis notation, e.g. 5.14829(2).</summary>
/// <remarks>IUCr convention (Notes for Authors; Schwarzenbach et al., Acta Cryst. A45, 63, 1989): the s.u. is given in units
/// of the last digit, with two digits when its leading digit is 1, else one.</remarks>
public static class Uncertainty
{
    public static string Format(double value, double? su, int decimalsWithoutSu = 5)
    {
        if (su is not double s || !(s > 0) || !double.IsFinite(s))
        {
            return value.ToString("F" + decimalsWithoutSu, CultureInfo.InvariantCulture);
        }
        var exponent = (int)Math.Floor(Math.Log10(s));
        var leading = s / Math.Pow(10, exponent);
        var digits = leading < 1.95 ? 2 : 1;
        var decimals = Math.Max(0, -exponent + digits - 1);
        var suInLastDigits = (long)Math.Round(s * Math.Pow(10, decimals));
        return value.ToString("F" + decimals, CultureInfo.InvariantCulture) + "(" + suInLastDigits.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
