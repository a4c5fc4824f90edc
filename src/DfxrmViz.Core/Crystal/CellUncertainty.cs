namespace DfxrmViz.Core.Crystal;

/// <summary>Standard uncertainties of the cell parameters as given in the CIF (<c>4.91239(4)</c> → 0.00004); null when not given.</summary>
public sealed record CellUncertainty(double? AA, double? BA, double? CA, double? AlphaDeg, double? BetaDeg, double? GammaDeg)
{
    /// <summary>No uncertainties given.</summary>
    public static CellUncertainty None { get; } = new(null, null, null, null, null, null);
}
