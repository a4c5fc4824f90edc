using System.Numerics;
using System.Runtime.CompilerServices;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Scattering;

/// <summary>F(h) = Σ_j o_j [f0_j(s) + f′_j + i f″_j] T_j(h) exp(+2πi h·x_j) over every atom of the cell (docs/physics.md §5;
/// sign as ITB 1.2, gemmi, Dans_Diffraction), precomputed for one crystal, energy and options.</summary>
/// <remarks>Speed (no allocation per reflection): exp(2πi h·x) = e_x[h]·e_y[k]·e_z[l] from per-atom phase tables;
/// f0 + f′ + i f″ once per scatterer type and reflection; exp(−8π² U s²) once per distinct U_iso; atoms are summed per type
/// first. T: exp(−8π² U_iso s²) [B = 8π²U], or exp(−2π² hᵀU*h) with U* = N U_cif N [GKA02] as gemmi sfcalc.hpp
/// calculate_aniso_part. Not thread-safe (scratch buffers): one instance per computation.</remarks>
internal sealed class StructureFactorCalculator
{
    private static readonly double EightPiSquared = 8 * Math.PI * Math.PI;
    private static readonly double TwoPiSquared = 2 * Math.PI * Math.PI;

    // Per crystal instance and displacement mode, not per energy: the atoms of the cell and their displacements, built once
    // (an energy sweep or an API request per energy re-used to expand the cell and split special positions every time).
    private static readonly ConditionalWeakTable<Crystal.Crystal, AtomLayout?[]> Layouts = new();

    private readonly AtomScatterers _types;
    private readonly int[] _type;
    private readonly double[] _occupancy;
    private readonly int[] _isoIndex;      // per atom: index into _isoU, or −1 for an anisotropic atom
    private readonly double[] _isoU;       // distinct U_iso values (Å²)
    private readonly double[] _aniso;      // per atom 6 values: U*11, U*22, U*33, 2U*12, 2U*13, 2U*23
    private readonly double[] _fractional; // per atom x, y, z
    private readonly double[] _isoT;
    private readonly Complex[] _perType;
    private Complex[] _phase = [];
    private int _hMax = -1, _kMax = -1, _lMax = -1;

    /// <param name="crystal">The crystal.</param>
    /// <param name="energyKeV">Photon energy.</param>
    /// <param name="options">f0 table, anomalous on/off, DWF mode.</param>
    /// <param name="anomalousOverride">Tests only: f′, f″ per element instead of Chantler (to check the sum with another table).</param>
    public StructureFactorCalculator(Crystal.Crystal crystal, double energyKeV, ScatteringOptions options,
        IReadOnlyDictionary<string, (double FPrime, double FDoublePrime)>? anomalousOverride = null)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(options);
        Photon.WavelengthA(energyKeV);
        var layout = LayoutOf(crystal, options.DebyeWaller);
        _types = AtomScatterers.Build(layout.Elements, energyKeV, options, anomalousOverride, out _type);
        (_occupancy, _fractional, _isoIndex, _aniso, _isoU) = (layout.Occupancy, layout.Fractional, layout.IsoIndex, layout.Aniso, layout.IsoU);
        _isoT = new double[_isoU.Length];
        _perType = new Complex[_types.Count];
    }

    /// <summary>The energy-independent part, shared read-only by every calculator of this crystal instance and mode (a <c>with</c>
    /// copy is another instance, so it cannot see a stale layout).</summary>
    private sealed record AtomLayout((string Element, string TypeSymbol)[] Elements, double[] Occupancy, double[] Fractional,
        int[] IsoIndex, double[] Aniso, double[] IsoU);

    private static AtomLayout LayoutOf(Crystal.Crystal crystal, DebyeWallerMode mode)
    {
        var byMode = Layouts.GetValue(crystal, _ => new AtomLayout?[Enum.GetValues<DebyeWallerMode>().Length]);
        // A race builds the same layout twice; either copy is correct and immutable once published.
        return Volatile.Read(ref byMode[(int)mode]) ?? Interlocked.CompareExchange(ref byMode[(int)mode], BuildLayout(crystal, mode), null) ?? byMode[(int)mode]!;
    }

    private static AtomLayout BuildLayout(Crystal.Crystal crystal, DebyeWallerMode mode)
    {
        var atoms = ScatteringAtoms(crystal, mode);
        var typeSymbols = crystal.Sites.GroupBy(s => s.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().TypeSymbol, StringComparer.Ordinal);
        var n = atoms.Count;
        var isoIndex = new int[n];
        var aniso = new double[6 * n];
        var distinctU = new List<double>();
        for (var j = 0; j < n; j++)
        {
            isoIndex[j] = SetDisplacement(atoms[j].Site, atoms[j].UStar, j, mode, distinctU, aniso);
        }
        return new AtomLayout(
            [.. atoms.Select(a => (a.Site.Element.Symbol, typeSymbols.GetValueOrDefault(a.Site.Label, a.Site.Element.Symbol)))],
            [.. atoms.Select(a => a.Occupancy)],
            [.. atoms.SelectMany(a => new[] { a.Site.Fractional.X, a.Site.Fractional.Y, a.Site.Fractional.Z })],
            isoIndex, aniso, [.. distinctU]);
    }

    /// <summary>The atoms summed over: every cell site; an anisotropic site on a special position is split into one part per
    /// site-symmetry operation (occupancy/n each, U*′ = R U* Rᵀ), which is what gemmi's sum over all images with
    /// crystallographic occupancies does (sfcalc.hpp) and equals the plain site when the U_ij obey the site symmetry.</summary>
    private static List<(CellSite Site, double Occupancy, Mat3? UStar)> ScatteringAtoms(Crystal.Crystal crystal, DebyeWallerMode mode)
    {
        var a = crystal.Cell.A;
        var result = new List<(CellSite, double, Mat3?)>();
        foreach (var site in crystal.ExpandToCell())
        {
            if (mode != DebyeWallerMode.Anisotropic || site.UStar is not { } u)
            {
                result.Add((site, site.Occupancy, null));
                continue;
            }
            var stabilizer = crystal.SpaceGroup.Operations.Where(op => MinimumImageA(a, op.Apply(site.Fractional) - site.Fractional) < SiteExpansion.MergeDistanceA)
                .Select(op => op.Rotation.ToMat3()).ToList();
            foreach (var r in stabilizer)
            {
                result.Add((site, site.Occupancy / stabilizer.Count, r * u * r.Transpose()));
            }
        }
        return result;
    }

    private static double MinimumImageA(Mat3 a, Vec3 d) =>
        (a * new Vec3(d.X - Math.Round(d.X), d.Y - Math.Round(d.Y), d.Z - Math.Round(d.Z))).Norm;

    /// <summary>Number of atoms in the cell.</summary>
    public int AtomCount => _occupancy.Length;

    /// <summary>Scatterer types (for messages and tests).</summary>
    public AtomScatterers Types => _types;

    /// <summary>Prepares phase tables for |h| ≤ hMax, |k| ≤ kMax, |l| ≤ lMax (grows only).</summary>
    public void Reserve(int hMax, int kMax, int lMax)
    {
        if (hMax <= _hMax && kMax <= _kMax && lMax <= _lMax)
        {
            return;
        }
        _hMax = Math.Max(hMax, _hMax);
        _kMax = Math.Max(kMax, _kMax);
        _lMax = Math.Max(lMax, _lMax);
        var stride = Stride;
        _phase = new Complex[AtomCount * stride];
        for (var j = 0; j < AtomCount; j++)
        {
            Fill(j * stride, _fractional[3 * j], _hMax);
            Fill(j * stride + 2 * _hMax + 1, _fractional[3 * j + 1], _kMax);
            Fill(j * stride + 2 * _hMax + 2 * _kMax + 2, _fractional[3 * j + 2], _lMax);
        }
    }

    /// <summary>F(h k l) in electrons at s = sin θ/λ = 1/(2d) Å⁻¹ (the caller passes s from the metric).</summary>
    public Complex Compute(Hkl hkl, double sInvA)
    {
        Reserve(Math.Abs(hkl.H), Math.Abs(hkl.K), Math.Abs(hkl.L));
        var s2 = sInvA * sInvA;
        for (var u = 0; u < _isoU.Length; u++)
        {
            _isoT[u] = _isoU[u] == 0 ? 1 : Math.Exp(-EightPiSquared * _isoU[u] * s2);
        }
        Array.Clear(_perType);
        double h = hkl.H, k = hkl.K, l = hkl.L;
        int stride = Stride, ky = 2 * _hMax + 1 + _kMax + hkl.K, lz = 2 * _hMax + 2 * _kMax + 2 + _lMax + hkl.L;
        for (var j = 0; j < _occupancy.Length; j++)
        {
            var row = j * stride;
            var phase = _phase[row + _hMax + hkl.H] * _phase[row + ky] * _phase[row + lz];
            var iso = _isoIndex[j];
            var t = iso >= 0 ? _isoT[iso] : AnisoT(j, h, k, l);
            _perType[_type[j]] += _occupancy[j] * t * phase;
        }
        var f = Complex.Zero;
        for (var t = 0; t < _perType.Length; t++)
        {
            f += new Complex(_types.F0(t, sInvA) + _types.FPrime[t], _types.FDoublePrime[t]) * _perType[t];
        }
        return f;
    }

    private int Stride => 2 * _hMax + 2 * _kMax + 2 * _lMax + 3;

    private double AnisoT(int j, double h, double k, double l)
    {
        var a = _aniso.AsSpan(6 * j, 6);
        return Math.Exp(-TwoPiSquared * (a[0] * h * h + a[1] * k * k + a[2] * l * l + a[3] * h * k + a[4] * h * l + a[5] * k * l));
    }

    /// <summary>exp(+2πi n x) for n = −max…max at <paramref name="offset"/>.</summary>
    private void Fill(int offset, double x, int max)
    {
        for (var n = -max; n <= max; n++)
        {
            var (sin, cos) = Math.SinCos(2 * Math.PI * n * x);
            _phase[offset + n + max] = new Complex(cos, sin);
        }
    }

    private static int SetDisplacement(CellSite site, Mat3? uStar, int j, DebyeWallerMode mode, List<double> distinctU, double[] aniso)
    {
        if (uStar is { } u)
        {
            double[] v = [u.M00, u.M11, u.M22, u.M01 + u.M10, u.M02 + u.M20, u.M12 + u.M21];
            v.CopyTo(aniso, 6 * j);
            return -1;
        }
        var uIso = mode == DebyeWallerMode.None ? 0 : site.UisoA2 ?? 0;
        var index = distinctU.IndexOf(uIso);
        if (index < 0)
        {
            index = distinctU.Count;
            distinctU.Add(uIso);
        }
        return index;
    }
}
