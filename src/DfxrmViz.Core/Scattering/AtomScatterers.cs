using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Scattering;

/// <summary>The distinct scatterer types of a crystal at one energy: f0 coefficients (IT92 by element, or
/// Waasmaier–Kirfel by CIF type symbol with the ion's own fit where WK95 has one), f′ and f″ (Chantler via XrayDB 4.4.7,
/// docs/physics.md §5: f1_chantler already is f′), or zero when anomalous terms are off.</summary>
internal sealed class AtomScatterers
{
    private readonly GaussianFormFactor[] _f0;

    private AtomScatterers(GaussianFormFactor[] f0, double[] fPrime, double[] fDoublePrime, string[] names)
    {
        _f0 = f0;
        FPrime = fPrime;
        FDoublePrime = fDoublePrime;
        Names = names;
    }

    /// <summary>f′ per type (electrons).</summary>
    public double[] FPrime { get; }

    /// <summary>f″ per type (electrons).</summary>
    public double[] FDoublePrime { get; }

    /// <summary>Table key per type ("Nb", or "Nb5+" for an ion with Waasmaier–Kirfel).</summary>
    public string[] Names { get; }

    /// <summary>Number of types.</summary>
    public int Count => _f0.Length;

    /// <summary>f0 of type <paramref name="type"/> at s = sin θ/λ (Å⁻¹); no range check (the caller checks s once).</summary>
    public double F0(int type, double sInvA) => _f0[type].Evaluate(sInvA);

    /// <summary>Builds the types for the given (element, type symbol) of each atom; returns the per-atom type index.</summary>
    public static AtomScatterers Build(IReadOnlyList<(string Element, string TypeSymbol)> atoms, double energyKeV,
        ScatteringOptions options, IReadOnlyDictionary<string, (double FPrime, double FDoublePrime)>? anomalousOverride, out int[] typeOfAtom)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var f0 = new List<GaussianFormFactor>();
        var fp = new List<double>();
        var fpp = new List<double>();
        typeOfAtom = new int[atoms.Count];
        for (var j = 0; j < atoms.Count; j++)
        {
            var (element, typeSymbol) = atoms[j];
            var (key, table) = Lookup(element, typeSymbol, options.FormFactors);
            if (!index.TryGetValue(key, out var t))
            {
                t = f0.Count;
                index[key] = t;
                f0.Add(table);
                var (f1, f2) = !options.Anomalous ? (0, 0)
                    : anomalousOverride is not null ? anomalousOverride[element]
                    : (AnomalousScattering.FPrime(element, energyKeV), AnomalousScattering.FDoublePrime(element, energyKeV));
                fp.Add(f1);
                fpp.Add(f2);
            }
            typeOfAtom[j] = t;
        }
        return new AtomScatterers([.. f0], [.. fp], [.. fpp], [.. index.OrderBy(p => p.Value).Select(p => p.Key)]);
    }

    private static (string Key, GaussianFormFactor Table) Lookup(string element, string typeSymbol, FormFactorTable table)
    {
        if (table == FormFactorTable.It92)
        {
            return FormFactorTables.It92.TryGetValue(element, out var g)
                ? (element, g)
                : throw Missing(element, "IT92 (ITC Table 6.1.1.4)");
        }
        // Same ion naming as FormFactors.F0WaasmaierKirfel (XrayDB: "O2-", "Nb5+"); the neutral atom when WK95 has no such ion.
        var (_, charge) = FormFactors.SplitTypeSymbol(typeSymbol);
        var wk = FormFactorTables.WaasmaierKirfel;
        var ion = $"{element}{Math.Abs(charge)}{(charge > 0 ? '+' : '-')}";
        if (charge != 0 && wk.TryGetValue(ion, out var gi))
        {
            return (ion, gi);
        }
        return wk.TryGetValue(element, out var ga) ? (element, ga) : throw Missing(element, "Waasmaier–Kirfel");
    }

    private static InputException Missing(string element, string table) =>
        new(new InputProblem("crystal", $"The {table} form-factor table has no entry for element {element}."));
}
