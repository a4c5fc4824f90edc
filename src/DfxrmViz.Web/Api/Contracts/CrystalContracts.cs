using System.Text.Json.Serialization;

namespace DfxrmViz.Web.Api.Contracts;

/// <summary>Crystal source used by every endpoint (docs/api.md): a built-in id or CIF text; <c>block</c> picks a data block.</summary>
public sealed record CrystalSourceDto(string? Builtin, string? Cif, string? Block = null);

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
    IReadOnlyList<string> Warnings);
