using System.Globalization;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.XrayData;

/// <summary>Atomic form factor f0(s), s = sin θ/λ in Å⁻¹ (docs/physics.md §5): IT92 (ITC Vol. C Table 6.1.1.4, neutral atoms,
/// s ≤ 2 Å⁻¹, gemmi 0.5.7's coefficients) or Waasmaier–Kirfel 1995 (XrayDB 4.4.7 <c>f0</c>; atoms and ions, s ≤ 6 Å⁻¹).</summary>
public static class FormFactors
{
    /// <summary>Largest s for which the IT92 fit holds (ITC Table 6.1.1.4).</summary>
    public const double It92MaxSInvA = 2.0;

    /// <summary>Largest s for which the Waasmaier–Kirfel fit holds (WK95).</summary>
    public const double WaasmaierKirfelMaxSInvA = 6.0;

    /// <summary>IT92 f0 of the neutral atom of <paramref name="symbol"/> (an ion's charge suffix is ignored) at s Å⁻¹.</summary>
    /// <exception cref="InputException">s negative, not finite or above 2 Å⁻¹ (field sinThetaOverLambdaInvA), or unknown element (field element).</exception>
    public static double F0It92(string symbol, double sinThetaOverLambdaInvA)
    {
        RequireS(sinThetaOverLambdaInvA, It92MaxSInvA, "IT92");
        var (element, _) = SplitTypeSymbol(symbol);
        return XrayInput.RequireElement(FormFactorTables.It92, element, "IT92 f0", "H–Cf").Evaluate(sinThetaOverLambdaInvA);
    }

    /// <summary>Waasmaier–Kirfel f0 of a CIF type symbol ("O2-", "Nb5+", "Nb+5", "Fe3+", "Li+", "Si") at s Å⁻¹;
    /// the ion's own coefficients where WK95 has them, else the neutral atom's (e.g. "Nb4+" → Nb).</summary>
    /// <exception cref="InputException">s negative, not finite or above 6 Å⁻¹ (field sinThetaOverLambdaInvA), or unknown element (field element).</exception>
    public static double F0WaasmaierKirfel(string typeSymbol, double sinThetaOverLambdaInvA)
    {
        RequireS(sinThetaOverLambdaInvA, WaasmaierKirfelMaxSInvA, "Waasmaier–Kirfel");
        var (element, charge) = SplitTypeSymbol(typeSymbol);
        var table = FormFactorTables.WaasmaierKirfel;
        if (charge != 0 && table.TryGetValue(IonName(element, charge), out var ion))
        {
            return ion.Evaluate(sinThetaOverLambdaInvA);
        }
        return XrayInput.RequireElement(table, element, "Waasmaier–Kirfel f0", "H–Cf").Evaluate(sinThetaOverLambdaInvA);
    }

    /// <summary>XrayDB's ion naming: element, magnitude, sign ("O2-", "Li1+").</summary>
    private static string IonName(string element, int charge) =>
        string.Create(CultureInfo.InvariantCulture, $"{element}{Math.Abs(charge)}{(charge > 0 ? '+' : '-')}");

    /// <summary>Splits "Nb5+", "Nb+5", "O2-", "O-", "Fe3" (a label digit without sign: neutral) into element and charge.</summary>
    internal static (string Element, int Charge) SplitTypeSymbol(string? typeSymbol)
    {
        var t = (typeSymbol ?? "").Trim();
        var letters = 0;
        while (letters < t.Length && letters < 2 && char.IsAsciiLetter(t[letters]) && (letters == 0 || char.IsLower(t[letters])))
        {
            letters++;
        }
        var element = t[..letters];
        var rest = t[letters..];
        var sign = rest.Contains('+', StringComparison.Ordinal) ? 1 : rest.Contains('-', StringComparison.Ordinal) ? -1 : 0;
        var digits = new string([.. rest.Where(char.IsAsciiDigit)]);
        var magnitude = digits.Length is > 0 and <= 2 ? int.Parse(digits, CultureInfo.InvariantCulture) : 1;
        return (element, sign * magnitude);
    }

    private static void RequireS(double s, double max, string table)
    {
        if (!double.IsFinite(s) || s < 0 || s > max)
        {
            throw new InputException(new InputProblem("sinThetaOverLambdaInvA",
                $"The {table} form factor needs 0 ≤ sin θ/λ ≤ {InputProblem.Show(max)} Å⁻¹; got {InputProblem.Show(s)}."));
        }
    }
}
