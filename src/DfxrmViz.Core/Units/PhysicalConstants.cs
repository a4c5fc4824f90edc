namespace DfxrmViz.Core.Units;

/// <summary>Physical constants, CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010, 2021).</summary>
/// <remarks>h, c, e and N_A are exact in the 2019 SI, so hc in keV·Å is exact to double precision.</remarks>
public static class PhysicalConstants
{
    /// <summary>h·c in keV·Å: λ[Å] = HcKeVA / E[keV]. CODATA 2018 (h, c, e exact).</summary>
    public const double HcKeVA = 12.398419843320026;

    /// <summary>Classical electron radius r_e in Å (CODATA 2018: 2.8179403262e-15 m).</summary>
    public const double ClassicalElectronRadiusA = 2.8179403262e-5;

    /// <summary>Avogadro constant N_A in mol⁻¹ (CODATA 2018, exact).</summary>
    public const double AvogadroPerMol = 6.02214076e23;

    /// <summary>1 Å³ in cm³.</summary>
    public const double CubicAngstromInCm3 = 1e-24;
}
