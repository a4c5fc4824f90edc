namespace DfxrmViz.Core.Scattering;

/// <summary>Which tabulated atomic form factor f0(s) to use (docs/physics.md §5).</summary>
public enum FormFactorTable
{
    /// <summary>ITC Vol. C Table 6.1.1.4 (IT92), neutral atoms, s ≤ 2 Å⁻¹ — the default, as gemmi and Dans_Diffraction.</summary>
    It92,
    /// <summary>Waasmaier &amp; Kirfel (1995), atoms and ions by CIF type symbol, s ≤ 6 Å⁻¹ (XrayDB f0).</summary>
    WaasmaierKirfel,
}

/// <summary>Which Debye–Waller factor to apply (docs/physics.md §5).</summary>
public enum DebyeWallerMode
{
    /// <summary>exp(−2π² hᵀU*h) where the CIF gives U_ij/B_ij, else exp(−8π² U_iso s²) — the default.</summary>
    Anisotropic,
    /// <summary>exp(−8π² U s²) with U = U_iso, B_iso/8π² or U_eq of the tensor (what Dans_Diffraction/xrayutilities do).</summary>
    IsotropicOnly,
    /// <summary>No thermal factor (T = 1).</summary>
    None,
}

/// <summary>How |F|² is computed: f0 table, anomalous terms f′ + i f″ (Chantler, XrayDB 4.4.7) on/off, which DWF.</summary>
/// <param name="FormFactors">f0 table; IT92 by default.</param>
/// <param name="Anomalous">Add f′ + i f″ at the energy (true by default; false reproduces the old tool).</param>
/// <param name="DebyeWaller">Thermal factor; anisotropic where given by default.</param>
public sealed record ScatteringOptions(
    FormFactorTable FormFactors = FormFactorTable.It92,
    bool Anomalous = true,
    DebyeWallerMode DebyeWaller = DebyeWallerMode.Anisotropic)
{
    /// <summary>IT92, anomalous on, anisotropic DWF where given.</summary>
    public static ScatteringOptions Default { get; } = new();

    /// <summary>As the old tool (DF-XRM_vis): IT92, no f′/f″, DWF from the file (it had no aniso: use IsotropicOnly for strict parity).</summary>
    public static ScatteringOptions NoAnomalous { get; } = new(Anomalous: false);
}
