namespace DfxrmViz.Core.XrayData;

/// <summary>Which XrayDB 4.4.7 (DB 8.1) table gives the mass attenuation (docs/physics.md §3).</summary>
public enum AttenuationTable
{
    /// <summary>Elam, Ravel &amp; Sieber (2002): cubic spline in ln E with stored second derivatives (default; the upstream's table).</summary>
    Elam,

    /// <summary>Chantler (1995, 2000) FFAST: log–log linear interpolation.</summary>
    Chantler,
}

/// <summary>Which cross sections count: all interactions, or photoabsorption only.</summary>
public enum AttenuationKind
{
    /// <summary>Photoabsorption + coherent + incoherent scattering.</summary>
    Total,

    /// <summary>Photoabsorption (photoelectric) only.</summary>
    Photo,
}
