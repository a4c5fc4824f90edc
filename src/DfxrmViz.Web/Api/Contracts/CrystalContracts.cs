using System.Text.Json.Serialization;
using DfxrmViz.Core.Planning.Stages;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>Crystal source used by every endpoint (docs/api.md): a built-in id or CIF text; <c>block</c> picks a data block.</summary>
public sealed record CrystalSourceDto(string? Builtin, string? Cif, string? Block = null, string? FileName = null);

/// <summary>Request carrying only a crystal (POST /api/v1/crystal).</summary>
public sealed record CrystalRequestDto(CrystalSourceDto? Crystal);

/// <summary>GET /api/v1/crystals row.</summary>
public sealed record CrystalListItemDto(string Id, string Name, string Formula, string SpaceGroup, string Source);

/// <summary>Space group of a crystal.</summary>
public sealed record SpaceGroupDto(string HermannMauguin, int? Number, string? Hall, int Operations, bool OperationsFromFile);

/// <summary>Cell in Å and degrees (docs/api.md names aA, bA, cA).</summary>
public sealed record CellDto(
    [property: JsonPropertyName("aA")] double AA,
    [property: JsonPropertyName("bA")] double BA,
    [property: JsonPropertyName("cA")] double CA,
    double AlphaDeg,
    double BetaDeg,
    double GammaDeg);

/// <summary>Standard uncertainties of the cell (null where the file gives none).</summary>
public sealed record CellUncertaintyDto(
    [property: JsonPropertyName("aA")] double? AA,
    [property: JsonPropertyName("bA")] double? BA,
    [property: JsonPropertyName("cA")] double? CA,
    double? AlphaDeg,
    double? BetaDeg,
    double? GammaDeg);

/// <summary>One atom site of the asymmetric unit as in the file.</summary>
public sealed record AtomSiteDto(string Label, string TypeSymbol, string Element, double[] Fractional, double Occupancy,
    string Displacement, double? UisoA2, int Line);

/// <summary>POST /api/v1/crystal response (docs/api.md fields first; the rest are additions).</summary>
public sealed record CrystalResponseDto(
    string Name,
    string FormulaSum,
    int Z,
    SpaceGroupDto SpaceGroup,
    CellDto Cell,
    double VolumeA3,
    double DensityGcm3,
    IReadOnlyDictionary<string, double> AtomsPerCell,
    int SitesInCell,
    CellUncertaintyDto CellUncertainty,
    string CrystalSystem,
    string PointGroup,
    bool Centrosymmetric,
    IReadOnlyList<AtomSiteDto> AtomSites,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The crystal stage as the contract shows it (POST /api/v1/crystal and the plan's <c>crystal</c>).</summary>
    public static CrystalResponseDto From(LoadedCrystal loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var crystal = loaded.Crystal;
        var s = loaded.Summary;
        var g = crystal.SpaceGroup;
        var su = s.CellUncertainty;
        return new CrystalResponseDto(
            s.Name, s.FormulaSum, s.Z,
            new SpaceGroupDto(g.HermannMauguin, g.Number, g.Hall, g.Operations.Length, g.OperationsFromFile),
            new CellDto(s.Cell.AA, s.Cell.BA, s.Cell.CA, s.Cell.AlphaDeg, s.Cell.BetaDeg, s.Cell.GammaDeg),
            s.VolumeA3, s.DensityGcm3, s.AtomsPerCellByElement, s.SitesInCell,
            new CellUncertaintyDto(su.AA, su.BA, su.CA, su.AlphaDeg, su.BetaDeg, su.GammaDeg),
            s.CrystalSystem.ToString(), s.PointGroup, s.IsCentrosymmetric,
            [.. crystal.Sites.Select(a => new AtomSiteDto(a.Label, a.TypeSymbol, a.Element.Symbol, a.Fractional.ToArray(), a.Occupancy,
                a.Displacement.Kind.ToString(), a.Displacement.UisoA2(crystal.Cell), a.Line))],
            crystal.Warnings);
    }
}
